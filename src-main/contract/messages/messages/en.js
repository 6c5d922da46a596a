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

export const badge_gpu_found = /** @type {(inputs: Badge_Gpu_FoundInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`GPU found: ${i?.name}`)
};

export const badge_gpu_software = /** @type {(inputs: Badge_Gpu_SoftwareInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.name}, a software adapter (it runs on the CPU)`)
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

export const class_accuracy = /** @type {(inputs: Class_AccuracyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Accuracy`)
};

export const class_best_accuracy = /** @type {(inputs: Class_Best_AccuracyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Best val_accuracy`)
};

export const class_best_loss = /** @type {(inputs: Class_Best_LossInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Best val_loss`)
};

export const class_changed = /** @type {(inputs: Class_ChangedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`⚠ changed`)
};

export const class_changed_locks = /** @type {(inputs: Class_Changed_LocksInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.count} with changed locks`)
};

export const class_checks = /** @type {(inputs: Class_ChecksInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`✓ Checks`)
};

export const class_checks_title = /** @type {(inputs: Class_Checks_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Checks passed of the lab's checks`)
};

export const class_choose = /** @type {(inputs: Class_ChooseInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Choose…`)
};

export const class_close = /** @type {(inputs: Class_CloseInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Close`)
};

export const class_curve = /** @type {(inputs: Class_CurveInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Curve`)
};

export const class_curve_of = /** @type {(inputs: Class_Curve_OfInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Curve of ${i?.name}`)
};

export const class_empty = /** @type {(inputs: Class_EmptyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Choose the folder your students' reports are in (each student saves one with Report → HTML or PDF). Each report is compared with the teacher's lab: a report made from a lab whose locked parts were changed is flagged.`)
};

export const class_export_csv = /** @type {(inputs: Class_Export_CsvInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Export CSV`)
};

export const class_locks = /** @type {(inputs: Class_LocksInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Locks`)
};

export const class_locks_ok = /** @type {(inputs: Class_Locks_OkInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ok`)
};

export const class_locks_ok_title = /** @type {(inputs: Class_Locks_Ok_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The locked parts are the lab's`)
};

export const class_locks_title = /** @type {(inputs: Class_Locks_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Whether the lab's locked parts were changed`)
};

export const class_locks_unknown_title = /** @type {(inputs: Class_Locks_Unknown_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`No lab to compare with`)
};

export const class_loss = /** @type {(inputs: Class_LossInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Loss`)
};

export const class_none = /** @type {(inputs: Class_NoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`none`)
};

export const class_none_button = /** @type {(inputs: Class_None_ButtonInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`None`)
};

export const class_open_files = /** @type {(inputs: Class_Open_FilesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Open report files…`)
};

export const class_open_folder = /** @type {(inputs: Class_Open_FolderInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Open a folder of reports…`)
};

export const class_open_lab = /** @type {(inputs: Class_Open_LabInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The open lab`)
};

export const class_overview_title = /** @type {(inputs: Class_Overview_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Class overview`)
};

export const class_report = /** @type {(inputs: Class_ReportInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Report`)
};

export const class_report_title = /** @type {(inputs: Class_Report_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Your steps, answers, checks, curves, model and runs in one file for your teacher`)
};

export const class_reports = /** @type {(inputs: Class_ReportsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.count} reports`)
};

export const class_reports_one = /** @type {(inputs: Class_Reports_OneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`1 report`)
};

export const class_right_choice = /** @type {(inputs: Class_Right_ChoiceInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The right choice`)
};

export const class_sign_out = /** @type {(inputs: Class_Sign_OutInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sign out`)
};

export const class_signed_in_as = /** @type {(inputs: Class_Signed_In_AsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Signed in as ${i?.student}`)
};

export const class_student = /** @type {(inputs: Class_StudentInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Student`)
};

export const class_teacher_lab = /** @type {(inputs: Class_Teacher_LabInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Teacher's lab:`)
};

export const class_wrong_choice = /** @type {(inputs: Class_Wrong_ChoiceInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Not the right choice`)
};

export const cli_and = /** @type {(inputs: Cli_AndInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (` and `)
};

export const cli_bench_adapter = /** @type {(inputs: Cli_Bench_AdapterInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`WebGPU adapter: ${i?.adapter}`)
};

export const cli_bench_adapter_software = /** @type {(inputs: Cli_Bench_Adapter_SoftwareInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`WebGPU adapter: ${i?.adapter} (a rasterizer on the CPU: not what a GPU does)`)
};

export const cli_bench_cannot_train = /** @type {(inputs: Cli_Bench_Cannot_TrainInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`cannot train`)
};

export const cli_bench_col_backend = /** @type {(inputs: Cli_Bench_Col_BackendInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`backend`)
};

export const cli_bench_col_engine = /** @type {(inputs: Cli_Bench_Col_EngineInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`engine all cores`)
};

export const cli_bench_col_engine1 = /** @type {(inputs: Cli_Bench_Col_Engine1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`engine 1 thread`)
};

export const cli_bench_col_epoch_s = /** @type {(inputs: Cli_Bench_Col_Epoch_SInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`epoch s`)
};

export const cli_bench_col_ms_step = /** @type {(inputs: Cli_Bench_Col_Ms_StepInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ms/step`)
};

export const cli_bench_col_native_share = /** @type {(inputs: Cli_Bench_Col_Native_ShareInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`% native mm`)
};

export const cli_bench_col_peak_mb = /** @type {(inputs: Cli_Bench_Col_Peak_MbInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`peak MB`)
};

export const cli_bench_col_speedup = /** @type {(inputs: Cli_Bench_Col_SpeedupInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`speedup`)
};

export const cli_bench_col_stock = /** @type {(inputs: Cli_Bench_Col_StockInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`stock`)
};

export const cli_bench_col_tf_python = /** @type {(inputs: Cli_Bench_Col_Tf_PythonInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`TF Python`)
};

export const cli_bench_col_wasm_share = /** @type {(inputs: Cli_Bench_Col_Wasm_ShareInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`% wasm mm`)
};

export const cli_bench_col_workload = /** @type {(inputs: Cli_Bench_Col_WorkloadInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`workload`)
};

export const cli_bench_cpu_skipped = /** @type {(inputs: Cli_Bench_Cpu_SkippedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.workload} cpu: skipped (minutes per step on the JS backend; --backends cpu measures it)`)
};

export const cli_bench_grid = /** @type {(inputs: Cli_Bench_GridInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Grid throughput (4 settings x 2 folds, generated data): 1 trainer ${i?.one}s, 2 trainers ${i?.two}s, ratio ${i?.ratio} (target <= 0.60)`)
};

export const cli_bench_insights = /** @type {(inputs: Cli_Bench_InsightsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Insights (${i?.backend}, MLP 784-512-512-10, one 60,000-example epoch, medians of ${i?.repeats}): ${i?.plain} s without recording, ${i?.recorded} s with, overhead ${i?.overhead}% (target <= 10%); CPU ${i?.cpu} s and ${i?.cpuRecorded} s (${i?.cpuOverhead}%, epoch 0 included); making the insight ${i?.insight} ms (${i?.insightShare}%); epoch 0 before training ${i?.initial} s.`)
};

export const cli_bench_insights_failed = /** @type {(inputs: Cli_Bench_Insights_FailedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Insights: ${i?.error}`)
};

export const cli_bench_insights_stored = /** @type {(inputs: Cli_Bench_Insights_StoredInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Stored per epoch: MNIST-shaped ${i?.mnist} (meta ${i?.mnistMeta}), moons-shaped ${i?.moons} (meta ${i?.moonsMeta}).`)
};

export const cli_bench_matmul = /** @type {(inputs: Cli_Bench_MatmulInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Matrix-multiply limit: wasm (XNNPACK, 1024^3) ${i?.limits}`)
};

export const cli_bench_matmul_native = /** @type {(inputs: Cli_Bench_Matmul_NativeInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Matrix-multiply limit: wasm (XNNPACK, 1024^3) ${i?.limits}; native TensorFlow (2048^3, ${i?.version}) ${i?.gflops} GFLOP/s`)
};

export const cli_bench_matmul_threads = /** @type {(inputs: Cli_Bench_Matmul_ThreadsInputs) => LocalizedString} */ (i) => {const threadsPlural = registry.plural("en", i?.threads, {});
	if (threadsPlural === "one") return /** @type {LocalizedString} */ (`${i?.gflops} GFLOP/s on ${i?.threads} thread`);
	return /** @type {LocalizedString} */ (`${i?.gflops} GFLOP/s on ${i?.threads} threads`)
	
};

export const cli_bench_measured = /** @type {(inputs: Cli_Bench_MeasuredInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.workload} ${i?.backend} ${i?.mode}: ${i?.result}`)
};

export const cli_bench_peer_failed = /** @type {(inputs: Cli_Bench_Peer_FailedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`no TensorFlow peer row: ${i?.detail}`)
};

export const cli_bench_peer_no_python = /** @type {(inputs: Cli_Bench_Peer_No_PythonInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`no TensorFlow peer row: no Python test environment at ${i?.path} (see test/keras/run-keras-checks.mjs)`)
};

export const cli_bench_samples_per_s = /** @type {(inputs: Cli_Bench_Samples_Per_SInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.value} samples/s`)
};

export const cli_bench_software_adapter = /** @type {(inputs: Cli_Bench_Software_AdapterInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`the only adapter is a software one (${i?.gpu}), slower than WebAssembly; --webgpu measures it anyway`)
};

export const cli_bench_start = /** @type {(inputs: Cli_Bench_StartInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`LayerLab benchmark: ${i?.cores} cores (${i?.cpu}), Node ${i?.node}, ${i?.repeats} repeats of ~${i?.seconds}s`)
};

export const cli_bench_unknown_cpu = /** @type {(inputs: Cli_Bench_Unknown_CpuInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`unknown CPU`)
};

export const cli_bench_webgpu_skipped = /** @type {(inputs: Cli_Bench_Webgpu_SkippedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`webgpu: skipped (${i?.why})`)
};

export const cli_check_fail = /** @type {(inputs: Cli_Check_FailInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`FAIL`)
};

export const cli_check_lab = /** @type {(inputs: Cli_Check_LabInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("en", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`Lab '${i?.name}' (${i?.id}), ${i?.count} step.`);
	return /** @type {LocalizedString} */ (`Lab '${i?.name}' (${i?.id}), ${i?.count} steps.`)
	
};

export const cli_check_pass = /** @type {(inputs: Cli_Check_PassInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`PASS`)
};

export const cli_check_passed = /** @type {(inputs: Cli_Check_PassedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.passed} of ${i?.count} checks passed.`)
};

export const cli_check_passed_in = /** @type {(inputs: Cli_Check_Passed_InInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.passed} of ${i?.count} checks passed in ${i?.seconds} s.`)
};

export const cli_check_ran_grid = /** @type {(inputs: Cli_Check_Ran_GridInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`ran grid ${i?.grid} (${i?.status})`)
};

export const cli_check_step = /** @type {(inputs: Cli_Check_StepInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Step ${i?.step} '${i?.title}': ${i?.did} in ${i?.seconds} s.`)
};

export const cli_check_trained = /** @type {(inputs: Cli_Check_TrainedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`trained run '${i?.name}' (${i?.status})`)
};

export const cli_check_trained_failed = /** @type {(inputs: Cli_Check_Trained_FailedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`trained run '${i?.name}' (${i?.status}: ${i?.error})`)
};

export const cli_class_best = /** @type {(inputs: Cli_Class_BestInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`best ${i?.metric}`)
};

export const cli_class_checks = /** @type {(inputs: Cli_Class_ChecksInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`checks`)
};

export const cli_class_file = /** @type {(inputs: Cli_Class_FileInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`file`)
};

export const cli_class_host_anyone = /** @type {(inputs: Cli_Class_Host_AnyoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Anyone who can reach that address and has a code from the class list can sign in as that student.`)
};

export const cli_class_host_codes_unwritten = /** @type {(inputs: Cli_Class_Host_Codes_UnwrittenInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Could not write the new codes into ${i?.file}; here they are instead:`)
};

export const cli_class_host_everywhere = /** @type {(inputs: Cli_Class_Host_EverywhereInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`every network this machine is on (${i?.host} was asked for explicitly)`)
};

export const cli_class_host_limits = /** @type {(inputs: Cli_Class_Host_LimitsInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("en", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`Limits: ${i?.count} trainer at once for the class, ${i?.perStudent} per student; further runs wait in line, students taking turns.`);
	return /** @type {LocalizedString} */ (`Limits: ${i?.count} trainers at once for the class, ${i?.perStudent} per student; further runs wait in line, students taking turns.`)
	
};

export const cli_class_host_listening = /** @type {(inputs: Cli_Class_Host_ListeningInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Listening on ${i?.where}.`)
};

export const cli_class_host_loopback = /** @type {(inputs: Cli_Class_Host_LoopbackInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`this machine only (127.0.0.1); give --host <lab network address> to open it to the class`)
};

export const cli_class_host_network = /** @type {(inputs: Cli_Class_Host_NetworkInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`the network of ${i?.host}`)
};

export const cli_class_host_no_students = /** @type {(inputs: Cli_Class_Host_No_StudentsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.count} students on the class list (add them on the teacher's page). The class's data (labs, runs, exports per student) is in ${i?.dir}`)
};

export const cli_class_host_running = /** @type {(inputs: Cli_Class_Host_RunningInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`LayerLab class server is running at ${i?.urls}`)
};

export const cli_class_host_stop = /** @type {(inputs: Cli_Class_Host_StopInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ctrl-C stops the server (runs in training keep their finished epochs).`)
};

export const cli_class_host_student_can = /** @type {(inputs: Cli_Class_Host_Student_CanInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`A student can: open, edit and save their own labs, train (within the limits), see and export their own runs and reports. Not: another student's work, the server's files, or a pool of workers.`)
};

export const cli_class_host_students = /** @type {(inputs: Cli_Class_Host_StudentsInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("en", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${i?.count} student on the class list. The class's data (labs, runs, exports per student) is in ${i?.dir}`);
	return /** @type {LocalizedString} */ (`${i?.count} students on the class list. The class's data (labs, runs, exports per student) is in ${i?.dir}`)
	
};

export const cli_class_host_teacher = /** @type {(inputs: Cli_Class_Host_TeacherInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Teacher's page (codes and live progress; keep this address to yourself): ${i?.url}`)
};

export const cli_class_locks = /** @type {(inputs: Cli_Class_LocksInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`locks`)
};

export const cli_class_locks_changed = /** @type {(inputs: Cli_Class_Locks_ChangedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`CHANGED`)
};

export const cli_class_locks_ok = /** @type {(inputs: Cli_Class_Locks_OkInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ok`)
};

export const cli_class_locks_unknown = /** @type {(inputs: Cli_Class_Locks_UnknownInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`unknown`)
};

export const cli_class_no_name = /** @type {(inputs: Cli_Class_No_NameInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`(no name)`)
};

export const cli_class_student = /** @type {(inputs: Cli_Class_StudentInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`student`)
};

export const cli_class_title = /** @type {(inputs: Cli_Class_TitleInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("en", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${i?.lab}: ${i?.count} report`);
	return /** @type {LocalizedString} */ (`${i?.lab}: ${i?.count} reports`)
	
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

export const cli_evaluate_result = /** @type {(inputs: Cli_Evaluate_ResultInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.count}/${i?.count} test examples of ${i?.dataset} - loss: ${i?.loss} - accuracy: ${i?.accuracy}  (run ${i?.run} '${i?.name}')`)
};

export const cli_grid_bar = /** @type {(inputs: Cli_Grid_BarInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Grid |${i?.bar}| ${i?.value}/${i?.total} folds - ${i?.trials} trials done - ETA ${i?.eta}`)
};

export const cli_grid_best = /** @type {(inputs: Cli_Grid_BestInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Best: ${i?.setting} (mean ${i?.metric} ${i?.mean} ± ${i?.std})`)
};

export const cli_grid_default_backend = /** @type {(inputs: Cli_Grid_Default_BackendInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`the default backend`)
};

export const cli_grid_fold = /** @type {(inputs: Cli_Grid_FoldInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`fold ${i?.fold}`)
};

export const cli_grid_holdout = /** @type {(inputs: Cli_Grid_HoldoutInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`holdout`)
};

export const cli_grid_mean = /** @type {(inputs: Cli_Grid_MeanInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`mean ${i?.metric} ± std`)
};

export const cli_grid_no_dataset = /** @type {(inputs: Cli_Grid_No_DatasetInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`No worker now has the dataset '${i?.dataset}' in its data folders: its folds wait for one that has it (copy the data to the workers' data folders).`)
};

export const cli_grid_no_worker = /** @type {(inputs: Cli_Grid_No_WorkerInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`no worker yet: start one on each PC with layerlab worker --redis ADDRESS.`)
};

export const cli_grid_pool_queuing = /** @type {(inputs: Cli_Grid_Pool_QueuingInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("en", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`Queuing ${i?.count} fold on the pool at ${i?.url}; ${i?.who}`);
	return /** @type {LocalizedString} */ (`Queuing ${i?.count} folds on the pool at ${i?.url}; ${i?.who}`)
	
};

export const cli_grid_pool_resuming = /** @type {(inputs: Cli_Grid_Pool_ResumingInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("en", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`Resuming the grid: queuing ${i?.count} fold on the pool at ${i?.url}; ${i?.who}`);
	return /** @type {LocalizedString} */ (`Resuming the grid: queuing ${i?.count} folds on the pool at ${i?.url}; ${i?.who}`)
	
};

export const cli_grid_progress = /** @type {(inputs: Cli_Grid_ProgressInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.done}/${i?.total} folds done`)
};

export const cli_grid_progress_eta = /** @type {(inputs: Cli_Grid_Progress_EtaInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.done}/${i?.total} folds done, about ${i?.seconds}s left`)
};

export const cli_grid_refit = /** @type {(inputs: Cli_Grid_RefitInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Best setting retrained on all the grid's training data: test loss ${i?.loss}, test accuracy ${i?.accuracy}`)
};

export const cli_grid_resuming = /** @type {(inputs: Cli_Grid_ResumingInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("en", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`Resuming grid of ${i?.total} settings (${i?.done} already done) on ${i?.backend}, ${i?.count} trainer at once.`);
	return /** @type {LocalizedString} */ (`Resuming grid of ${i?.total} settings (${i?.done} already done) on ${i?.backend}, ${i?.count} trainers at once.`)
	
};

export const cli_grid_running = /** @type {(inputs: Cli_Grid_RunningInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("en", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`Running grid of ${i?.total} settings (${i?.done} already done) on ${i?.backend}, ${i?.count} trainer at once.`);
	return /** @type {LocalizedString} */ (`Running grid of ${i?.total} settings (${i?.done} already done) on ${i?.backend}, ${i?.count} trainers at once.`)
	
};

export const cli_grid_setting = /** @type {(inputs: Cli_Grid_SettingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`setting`)
};

export const cli_grid_stopping = /** @type {(inputs: Cli_Grid_StoppingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Stopping the grid after the current batches; run the same command again to resume.`)
};

export const cli_grid_trial_done = /** @type {(inputs: Cli_Grid_Trial_DoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`done`)
};

export const cli_grid_trial_pending = /** @type {(inputs: Cli_Grid_Trial_PendingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`pending`)
};

export const cli_grid_workers_now = /** @type {(inputs: Cli_Grid_Workers_NowInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("en", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${i?.count} worker now: ${i?.names}.`);
	return /** @type {LocalizedString} */ (`${i?.count} workers now: ${i?.names}.`)
	
};

export const cli_grids_empty = /** @type {(inputs: Cli_Grids_EmptyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`No grids yet. Run one with: layerlab grid LAB.layerlab.json`)
};

export const cli_grids_row = /** @type {(inputs: Cli_Grids_RowInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.done}/${i?.total} trials  best ${i?.metric} ${i?.best}`)
};

export const cli_import_line = /** @type {(inputs: Cli_Import_LineInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`line ${i?.line}: ${i?.warning}`)
};

export const cli_import_wrote = /** @type {(inputs: Cli_Import_WroteInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("en", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`Wrote ${i?.file}: ${i?.layers} layers, ${i?.count} warning.`);
	return /** @type {LocalizedString} */ (`Wrote ${i?.file}: ${i?.layers} layers, ${i?.count} warnings.`)
	
};

export const cli_insight_activation = /** @type {(inputs: Cli_Insight_ActivationInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.layer}: mean ${i?.mean} ± ${i?.std}`)
};

export const cli_insight_activation_dead = /** @type {(inputs: Cli_Insight_Activation_DeadInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.layer}: mean ${i?.mean} ± ${i?.std}, ${i?.dead} dead ReLU`)
};

export const cli_insight_gradient = /** @type {(inputs: Cli_Insight_GradientInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`grad ${i?.norm}`)
};

export const cli_insight_no_gradient = /** @type {(inputs: Cli_Insight_No_GradientInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`no gradient`)
};

export const cli_insight_weights = /** @type {(inputs: Cli_Insight_WeightsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.layer}: ${i?.sparsity} of weights ~0 · L1 ${i?.l1} · L2 ${i?.l2} · ${i?.grad}`)
};

export const cli_inspect_activations = /** @type {(inputs: Cli_Inspect_ActivationsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Activations (on the first validation examples)`)
};

export const cli_inspect_confidence = /** @type {(inputs: Cli_Inspect_ConfidenceInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`confidence`)
};

export const cli_inspect_confusion = /** @type {(inputs: Cli_Inspect_ConfusionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Confusion matrix (rows: true class, columns: predicted)`)
};

export const cli_inspect_corner = /** @type {(inputs: Cli_Inspect_CornerInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`true \\ predicted`)
};

export const cli_inspect_index = /** @type {(inputs: Cli_Inspect_IndexInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`index`)
};

export const cli_inspect_no_examples = /** @type {(inputs: Cli_Inspect_No_ExamplesInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`no examples of ${i?.count} validation examples (${i?.split} split)`)
};

export const cli_inspect_no_split = /** @type {(inputs: Cli_Inspect_No_SplitInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`none`)
};

export const cli_inspect_no_validation = /** @type {(inputs: Cli_Inspect_No_ValidationInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`No validation data: no confusion matrix or mistakes.`)
};

export const cli_inspect_none_wrong = /** @type {(inputs: Cli_Inspect_None_WrongInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`none: every validation example is right`)
};

export const cli_inspect_outside = /** @type {(inputs: Cli_Inspect_OutsideInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`(${i?.under} below, ${i?.over} above)`)
};

export const cli_inspect_predicted = /** @type {(inputs: Cli_Inspect_PredictedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`predicted`)
};

export const cli_inspect_right = /** @type {(inputs: Cli_Inspect_RightInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.percent} right of ${i?.count} validation examples (${i?.split} split)`)
};

export const cli_inspect_title = /** @type {(inputs: Cli_Inspect_TitleInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Run ${i?.run} '${i?.name}', epoch ${i?.epoch} (recorded: 0 to ${i?.last}; 0 is before training)`)
};

export const cli_inspect_true = /** @type {(inputs: Cli_Inspect_TrueInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`true`)
};

export const cli_inspect_weights = /** @type {(inputs: Cli_Inspect_WeightsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Weights`)
};

export const cli_inspect_wrong = /** @type {(inputs: Cli_Inspect_WrongInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Most confidently wrong`)
};

export const cli_labs_minutes = /** @type {(inputs: Cli_Labs_MinutesInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.minutes} min (quick ${i?.quick})`)
};

export const cli_labs_steps = /** @type {(inputs: Cli_Labs_StepsInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("en", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${i?.count} step`);
	return /** @type {LocalizedString} */ (`${i?.count} steps`)
	
};

export const cli_report_wrote = /** @type {(inputs: Cli_Report_WroteInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`(${i?.count} runs, checks ${i?.passed}/${i?.checks})`)
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

export const cli_serve_open = /** @type {(inputs: Cli_Serve_OpenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Open that address in a browser on this machine (it includes the access token). Ctrl-C stops.`)
};

export const cli_serve_pool = /** @type {(inputs: Cli_Serve_PoolInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("en", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`Pool of workers at ${i?.url}: ${i?.count} worker now.`);
	return /** @type {LocalizedString} */ (`Pool of workers at ${i?.url}: ${i?.count} workers now.`)
	
};

export const cli_serve_running = /** @type {(inputs: Cli_Serve_RunningInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`LayerLab is running at ${i?.url}`)
};

export const cli_start_browser_given = /** @type {(inputs: Cli_Start_Browser_GivenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`--browser was given`)
};

export const cli_start_building = /** @type {(inputs: Cli_Start_BuildingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Building LayerLab for Electron...`)
};

export const cli_start_no_binary = /** @type {(inputs: Cli_Start_No_BinaryInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`the electron package has no binary`)
};

export const cli_start_no_electron = /** @type {(inputs: Cli_Start_No_ElectronInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`No Electron binary (${i?.why}): starting LayerLab in the browser instead.`)
};

export const cli_start_not_installed = /** @type {(inputs: Cli_Start_Not_InstalledInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`the electron package is not installed`)
};

export const cli_store_repaired = /** @type {(inputs: Cli_Store_RepairedInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("en", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`Moved the run store to ${i?.moved} (kept as it was) and copied ${i?.count} readable row into a new store at ${i?.store}.`);
	return /** @type {LocalizedString} */ (`Moved the run store to ${i?.moved} (kept as it was) and copied ${i?.count} readable rows into a new store at ${i?.store}.`)
	
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

export const cli_worker_has = /** @type {(inputs: Cli_Worker_HasInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`has ${i?.datasets}`)
};

export const cli_worker_has_none = /** @type {(inputs: Cli_Worker_Has_NoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`has no built-in datasets (generated sets only)`)
};

export const cli_worker_joined = /** @type {(inputs: Cli_Worker_JoinedInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("en", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`Worker ${i?.name} joined the pool at ${i?.url}: ${i?.count} job at once, trains on ${i?.backend}, ${i?.has}.`);
	return /** @type {LocalizedString} */ (`Worker ${i?.name} joined the pool at ${i?.url}: ${i?.count} jobs at once, trains on ${i?.backend}, ${i?.has}.`)
	
};

export const cli_worker_leaving = /** @type {(inputs: Cli_Worker_LeavingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Leaving the pool.`)
};

export const cli_worker_leaving_jobs = /** @type {(inputs: Cli_Worker_Leaving_JobsInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("en", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`Leaving the pool: handing ${i?.count} job back to the queue (Ctrl+C again to quit at once).`);
	return /** @type {LocalizedString} */ (`Leaving the pool: handing ${i?.count} jobs back to the queue (Ctrl+C again to quit at once).`)
	
};

export const cli_worker_left = /** @type {(inputs: Cli_Worker_LeftInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Worker ${i?.name} left the pool.`)
};

export const cli_worker_left_anyway = /** @type {(inputs: Cli_Worker_Left_AnywayInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Could not hand the jobs back to ${i?.url} in ${i?.seconds} s; leaving anyway: they go back to the queue when their locks run out.`)
};

export const cli_wrote = /** @type {(inputs: Cli_WroteInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Wrote ${i?.files}`)
};

export const clierr_choices = /** @type {(inputs: Clierr_ChoicesInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Allowed choices are ${i?.list}.`)
};

export const clierr_did_you_mean = /** @type {(inputs: Clierr_Did_You_MeanInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`(Did you mean ${i?.name}?)`)
};

export const clierr_did_you_mean_one_of = /** @type {(inputs: Clierr_Did_You_Mean_One_OfInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`(Did you mean one of ${i?.list}?)`)
};

export const clierr_help_hint = /** @type {(inputs: Clierr_Help_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`(run with --help for usage)`)
};

export const clierr_invalid_argument = /** @type {(inputs: Clierr_Invalid_ArgumentInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`error: command-argument value '${i?.value}' is invalid for argument '${i?.name}'. ${i?.reason}`)
};

export const clierr_invalid_value = /** @type {(inputs: Clierr_Invalid_ValueInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`error: option '${i?.option}' argument '${i?.value}' is invalid. ${i?.reason}`)
};

export const clierr_missing_argument = /** @type {(inputs: Clierr_Missing_ArgumentInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`error: missing required argument '${i?.name}'`)
};

export const clierr_missing_option = /** @type {(inputs: Clierr_Missing_OptionInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`error: required option '${i?.option}' not specified`)
};

export const clierr_not_number = /** @type {(inputs: Clierr_Not_NumberInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`'${i?.value}' is not a number of at least 0.`)
};

export const clierr_not_one_of = /** @type {(inputs: Clierr_Not_One_OfInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`'${i?.value}' is not one of ${i?.list}.`)
};

export const clierr_not_port = /** @type {(inputs: Clierr_Not_PortInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`'${i?.value}' is not a port number (0 to 65535; 0 picks a free one).`)
};

export const clierr_not_whole = /** @type {(inputs: Clierr_Not_WholeInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`'${i?.value}' is not a whole number of at least ${i?.min}.`)
};

export const clierr_option_no_value = /** @type {(inputs: Clierr_Option_No_ValueInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`error: option '${i?.option}' argument missing`)
};

export const clierr_too_many = /** @type {(inputs: Clierr_Too_ManyInputs) => LocalizedString} */ (i) => {const expectedPlural = registry.plural("en", i?.expected, {});
	if (expectedPlural === "one") return /** @type {LocalizedString} */ (`error: too many arguments. Expected ${i?.expected} argument but got ${i?.count}.`);
	return /** @type {LocalizedString} */ (`error: too many arguments. Expected ${i?.expected} arguments but got ${i?.count}.`)
	
};

export const clierr_too_many_for = /** @type {(inputs: Clierr_Too_Many_ForInputs) => LocalizedString} */ (i) => {const expectedPlural = registry.plural("en", i?.expected, {});
	if (expectedPlural === "one") return /** @type {LocalizedString} */ (`error: too many arguments for '${i?.command}'. Expected ${i?.expected} argument but got ${i?.count}.`);
	return /** @type {LocalizedString} */ (`error: too many arguments for '${i?.command}'. Expected ${i?.expected} arguments but got ${i?.count}.`)
	
};

export const clierr_unknown_command = /** @type {(inputs: Clierr_Unknown_CommandInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`error: unknown command '${i?.command}'`)
};

export const clierr_unknown_option = /** @type {(inputs: Clierr_Unknown_OptionInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`error: unknown option '${i?.option}'`)
};

export const clihelp_arguments = /** @type {(inputs: Clihelp_ArgumentsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Arguments:`)
};

export const clihelp_bench = /** @type {(inputs: Clihelp_BenchInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Measure training speed and memory: stock TensorFlow.js against the LayerLab engine.`)
};

export const clihelp_check = /** @type {(inputs: Clihelp_CheckInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Evaluate a guided lab's checks on the stored runs (--walk: train it step by step first).`)
};

export const clihelp_class = /** @type {(inputs: Clihelp_ClassInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The class overview of a folder of reports: one row per student.`)
};

export const clihelp_commands = /** @type {(inputs: Clihelp_CommandsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Commands:`)
};

export const clihelp_datasets = /** @type {(inputs: Clihelp_DatasetsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`List the built-in datasets and where they were found.`)
};

export const clihelp_evaluate = /** @type {(inputs: Clihelp_EvaluateInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Score a run's trained model (or a Keras .keras/.h5 file) on a dataset's test set, as model.evaluate does.`)
};

export const clihelp_export = /** @type {(inputs: Clihelp_ExportInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Export a stored run's trained model or training history, or a lab as a Keras script.`)
};

export const clihelp_grid = /** @type {(inputs: Clihelp_GridInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Run a lab's hyperparameter grid with cross-validation (resumes an unfinished one).`)
};

export const clihelp_grids = /** @type {(inputs: Clihelp_GridsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`List the stored grids.`)
};

export const clihelp_help = /** @type {(inputs: Clihelp_HelpInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`display help for command`)
};

export const clihelp_import = /** @type {(inputs: Clihelp_ImportInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Turn Keras code (a .py file) into a lab file.`)
};

export const clihelp_inspect = /** @type {(inputs: Clihelp_InspectInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Show what a run recorded inside its model at an epoch: weights (sparsity, norms, histogram), activations, confusion matrix, most confident mistakes.`)
};

export const clihelp_labs = /** @type {(inputs: Clihelp_LabsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`List the library of guided labs, by topic, with their expected minutes.`)
};

export const clihelp_lang = /** @type {(inputs: Clihelp_LangInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`the language of the human output: en, zh-Hans, zh-Hant (--json stays English)`)
};

export const clihelp_options = /** @type {(inputs: Clihelp_OptionsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Options:`)
};

export const clihelp_program = /** @type {(inputs: Clihelp_ProgramInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Build, train and compare neural networks; watch them overfit.`)
};

export const clihelp_report = /** @type {(inputs: Clihelp_ReportInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Write a guided lab's report (steps, answers, checks, curves, model, runs).`)
};

export const clihelp_runs = /** @type {(inputs: Clihelp_RunsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`List the stored runs (newest first).`)
};

export const clihelp_serve = /** @type {(inputs: Clihelp_ServeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Serve the app to a browser on this machine (127.0.0.1, with an access token).`)
};

export const clihelp_start = /** @type {(inputs: Clihelp_StartInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Start the desktop app (or, without Electron, the browser host).`)
};

export const clihelp_store = /** @type {(inputs: Clihelp_StoreInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Look after the run store.`)
};

export const clihelp_train = /** @type {(inputs: Clihelp_TrainInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Train a lab (or a Keras model JSON on a dataset) and store the run.`)
};

export const clihelp_usage = /** @type {(inputs: Clihelp_UsageInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Usage:`)
};

export const clihelp_version = /** @type {(inputs: Clihelp_VersionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`output the version number`)
};

export const clihelp_worker = /** @type {(inputs: Clihelp_WorkerInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Join a pool of workers on a Redis server and train a grid's folds for the teacher.`)
};

export const cliopt_backend = /** @type {(inputs: Cliopt_BackendInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`force a backend`)
};

export const cliopt_bench_backends = /** @type {(inputs: Cliopt_Bench_BackendsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`comma-separated: tensorflow-gpu, webgpu, tensorflow, wasm, cpu`)
};

export const cliopt_bench_insights_only = /** @type {(inputs: Cliopt_Bench_Insights_OnlyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`measure only what recording the insights costs`)
};

export const cliopt_bench_json = /** @type {(inputs: Cliopt_Bench_JsonInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`one JSON object per measurement`)
};

export const cliopt_bench_modes = /** @type {(inputs: Cliopt_Bench_ModesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`stock, engine1 (one wasm thread), engine (a thread per core)`)
};

export const cliopt_bench_no_grid = /** @type {(inputs: Cliopt_Bench_No_GridInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`skip the grid throughput measurement (1 against 2 parallel trainers)`)
};

export const cliopt_bench_no_insights = /** @type {(inputs: Cliopt_Bench_No_InsightsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`skip the insights recording measurement (an MNIST epoch with and without)`)
};

export const cliopt_bench_no_peer = /** @type {(inputs: Cliopt_Bench_No_PeerInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`skip the matrix-multiply limits and the TensorFlow-for-Python peer row (.venv-keras)`)
};

export const cliopt_bench_repeats = /** @type {(inputs: Cliopt_Bench_RepeatsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`timed repeats per measurement (median reported)`)
};

export const cliopt_bench_seconds = /** @type {(inputs: Cliopt_Bench_SecondsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`target length of one timed repeat`)
};

export const cliopt_bench_webgpu = /** @type {(inputs: Cliopt_Bench_WebgpuInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`measure WebGPU on a software adapter too (SwiftShader, llvmpipe); also LAYERLAB_BENCH_WEBGPU=1`)
};

export const cliopt_bench_workloads = /** @type {(inputs: Cliopt_Bench_WorkloadsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`comma-separated: ${i?.list}`)
};

export const cliopt_check_lab = /** @type {(inputs: Cliopt_Check_LabInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`a .layerlab.json guided lab, or a library lab by id (layerlab labs)`)
};

export const cliopt_check_quick = /** @type {(inputs: Cliopt_Check_QuickInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`a library lab's quick version (fewer epochs, smaller subsets)`)
};

export const cliopt_check_walk = /** @type {(inputs: Cliopt_Check_WalkInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`walk the lab: each step's setup, one run (or grid) per step with checks`)
};

export const cliopt_choices = /** @type {(inputs: Cliopt_ChoicesInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`choices: ${i?.list}`)
};

export const cliopt_class_csv = /** @type {(inputs: Cliopt_Class_CsvInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`also write the rows as CSV (a column per question)`)
};

export const cliopt_class_dir = /** @type {(inputs: Cliopt_Class_DirInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`the folder of report files (.html, .pdf)`)
};

export const cliopt_class_json = /** @type {(inputs: Cliopt_Class_JsonInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`print the overview as JSON`)
};

export const cliopt_class_lab = /** @type {(inputs: Cliopt_Class_LabInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`the teacher's lab: reports whose locked parts differ are flagged`)
};

export const cliopt_data_dir = /** @type {(inputs: Cliopt_Data_DirInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`folder with datasets (before LAYERLAB_DATA_DIR and the default folders)`)
};

export const cliopt_datasets_data_dir = /** @type {(inputs: Cliopt_Datasets_Data_DirInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`folder with datasets (searched first)`)
};

export const cliopt_datasets_download = /** @type {(inputs: Cliopt_Datasets_DownloadInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`download a built-in dataset into the user data folder`)
};

export const cliopt_datasets_json = /** @type {(inputs: Cliopt_Datasets_JsonInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`print one JSON object per dataset`)
};

export const cliopt_default = /** @type {(inputs: Cliopt_DefaultInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`default: ${i?.value}`)
};

export const cliopt_evaluate_data_dir = /** @type {(inputs: Cliopt_Evaluate_Data_DirInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`folder with datasets (before LAYERLAB_DATA_DIR and the defaults)`)
};

export const cliopt_evaluate_dataset = /** @type {(inputs: Cliopt_Evaluate_DatasetInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`the dataset whose test set to use (default: the run's own)`)
};

export const cliopt_evaluate_run = /** @type {(inputs: Cliopt_Evaluate_RunInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`a run id or name (see layerlab runs), or a .keras or .h5 file`)
};

export const cliopt_export_format = /** @type {(inputs: Cliopt_Export_FormatInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`export format`)
};

export const cliopt_export_formats = /** @type {(inputs: Cliopt_Export_FormatsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Formats:`)
};

export const cliopt_export_json = /** @type {(inputs: Cliopt_Export_JsonInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`print the written files as JSON`)
};

export const cliopt_export_out = /** @type {(inputs: Cliopt_Export_OutInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`folder to write into`)
};

export const cliopt_export_run_lab = /** @type {(inputs: Cliopt_Export_Run_LabInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`run id (or a unique prefix of it, or its name), or a .layerlab.json file`)
};

export const cliopt_extras = /** @type {(inputs: Cliopt_ExtrasInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (` (${i?.list})`)
};

export const cliopt_grid_folds = /** @type {(inputs: Cliopt_Grid_FoldsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`k-fold cross-validation (default 3, stratified)`)
};

export const cliopt_grid_holdout = /** @type {(inputs: Cliopt_Grid_HoldoutInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`a single holdout split instead of k folds`)
};

export const cliopt_grid_lab = /** @type {(inputs: Cliopt_Grid_LabInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`a .layerlab.json lab file`)
};

export const cliopt_grid_no_refit = /** @type {(inputs: Cliopt_Grid_No_RefitInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`do not retrain the best setting on all training data`)
};

export const cliopt_grid_parallel = /** @type {(inputs: Cliopt_Grid_ParallelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`trainer processes at once (default: one per core, one on a GPU)`)
};

export const cliopt_grid_random = /** @type {(inputs: Cliopt_Grid_RandomInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`random search: this many settings drawn from the space`)
};

export const cliopt_grid_rank_by = /** @type {(inputs: Cliopt_Grid_Rank_ByInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`metric to rank settings by`)
};

export const cliopt_grid_redis = /** @type {(inputs: Cliopt_Grid_RedisInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`queue the folds on a pool of workers (layerlab worker) at redis://[:PASSWORD@]HOST:PORT, or rediss:// for TLS`)
};

export const cliopt_grid_restart = /** @type {(inputs: Cliopt_Grid_RestartInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`start a new grid even if an unfinished one of this lab exists`)
};

export const cliopt_grid_sweep = /** @type {(inputs: Cliopt_Grid_SweepInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`sweep a setting: layers.dropout.rate=0.3,0.5,0.7 or training.learningRate=0.0001:0.1:4:log (repeatable); one value for every Dropout: 'layers.*Dropout.rate=0.3,0.5', for chosen layers: layers.dense+dense_1.kernelRegularizer.l2=0.001,0.01`)
};

export const cliopt_grids_json = /** @type {(inputs: Cliopt_Grids_JsonInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`one JSON object per grid`)
};

export const cliopt_import_code = /** @type {(inputs: Cliopt_Import_CodeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`a Python file that builds (and compiles and fits) a Keras model`)
};

export const cliopt_import_json = /** @type {(inputs: Cliopt_Import_JsonInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`print {"out", "lab", "warnings"} as JSON`)
};

export const cliopt_import_out = /** @type {(inputs: Cliopt_Import_OutInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`the lab file to write (default: next to the code, ${i?.ext})`)
};

export const cliopt_inspect_epoch = /** @type {(inputs: Cliopt_Inspect_EpochInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`the epoch (0 is before training; default: the last)`)
};

export const cliopt_inspect_run = /** @type {(inputs: Cliopt_Inspect_RunInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`run id (or a unique prefix of it, or its name)`)
};

export const cliopt_json_lines = /** @type {(inputs: Cliopt_Json_LinesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`print JSON lines instead of text`)
};

export const cliopt_json_one = /** @type {(inputs: Cliopt_Json_OneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`print one JSON object`)
};

export const cliopt_labs_json = /** @type {(inputs: Cliopt_Labs_JsonInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`print one JSON object per lab`)
};

export const cliopt_report_format = /** @type {(inputs: Cliopt_Report_FormatInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`html (one self-contained file) or pdf`)
};

export const cliopt_report_json = /** @type {(inputs: Cliopt_Report_JsonInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`print JSON instead of text`)
};

export const cliopt_report_lab = /** @type {(inputs: Cliopt_Report_LabInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`the .layerlab.json lab (its runs are those in the store with its guide id)`)
};

export const cliopt_report_out = /** @type {(inputs: Cliopt_Report_OutInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`folder to write the report in`)
};

export const cliopt_report_runs = /** @type {(inputs: Cliopt_Report_RunsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`the runs to show (default: every finished run of the lab)`)
};

export const cliopt_runs_json = /** @type {(inputs: Cliopt_Runs_JsonInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`print one JSON object per run`)
};

export const cliopt_separator = /** @type {(inputs: Cliopt_SeparatorInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`, `)
};

export const cliopt_serve_class = /** @type {(inputs: Cliopt_Serve_ClassInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`serve a class: students sign in with codes, each with their own labs and runs`)
};

export const cliopt_serve_class_dir = /** @type {(inputs: Cliopt_Serve_Class_DirInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`with --class: the class's data (default: <user data>/class)`)
};

export const cliopt_serve_class_list = /** @type {(inputs: Cliopt_Serve_Class_ListInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`with --class: students' names, one per line (or name,code)`)
};

export const cliopt_serve_host = /** @type {(inputs: Cliopt_Serve_HostInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`with --class: the lab network address to listen on (default 127.0.0.1)`)
};

export const cliopt_serve_max_trainers = /** @type {(inputs: Cliopt_Serve_Max_TrainersInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`with --class: trainers at once for the class`)
};

export const cliopt_serve_open = /** @type {(inputs: Cliopt_Serve_OpenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`open the address in the default browser`)
};

export const cliopt_serve_per_student = /** @type {(inputs: Cliopt_Serve_Per_StudentInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`with --class: trainers at once per student (default 1)`)
};

export const cliopt_serve_port = /** @type {(inputs: Cliopt_Serve_PortInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`port to listen on (default: the last one when free, else a free one)`)
};

export const cliopt_serve_rebuild = /** @type {(inputs: Cliopt_Serve_RebuildInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`rebuild the interface before serving`)
};

export const cliopt_serve_redis = /** @type {(inputs: Cliopt_Serve_RedisInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`connect a pool of workers at start: redis://[:PASSWORD@]HOST:PORT (rediss:// for TLS)`)
};

export const cliopt_start_browser = /** @type {(inputs: Cliopt_Start_BrowserInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`use the browser host even where Electron is installed`)
};

export const cliopt_start_no_open = /** @type {(inputs: Cliopt_Start_No_OpenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`do not open a browser (browser host)`)
};

export const cliopt_start_port = /** @type {(inputs: Cliopt_Start_PortInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`browser host port (default: the last one when free, else a free one)`)
};

export const cliopt_start_rebuild = /** @type {(inputs: Cliopt_Start_RebuildInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`rebuild before starting`)
};

export const cliopt_store_repair = /** @type {(inputs: Cliopt_Store_RepairInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Move a damaged run store aside (renamed, never deleted) and copy what can still be read into a new one.`)
};

export const cliopt_store_repair_json = /** @type {(inputs: Cliopt_Store_Repair_JsonInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`print the result as JSON`)
};

export const cliopt_train_batch_size = /** @type {(inputs: Cliopt_Train_Batch_SizeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`examples per step (Keras default 32)`)
};

export const cliopt_train_dataset = /** @type {(inputs: Cliopt_Train_DatasetInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`mnist, fashion-mnist, imdb, synthetic:spirals|moons|circles|xor, or a file or folder`)
};

export const cliopt_train_early_stopping_min_delta = /** @type {(inputs: Cliopt_Train_Early_Stopping_Min_DeltaInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`smallest change that counts as an improvement`)
};

export const cliopt_train_early_stopping_monitor = /** @type {(inputs: Cliopt_Train_Early_Stopping_MonitorInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`what early stopping watches (default val_loss)`)
};

export const cliopt_train_early_stopping_patience = /** @type {(inputs: Cliopt_Train_Early_Stopping_PatienceInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`stop after n epochs without improvement`)
};

export const cliopt_train_epochs = /** @type {(inputs: Cliopt_Train_EpochsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`epochs to train (Keras default 1)`)
};

export const cliopt_train_lab = /** @type {(inputs: Cliopt_Train_LabInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`a .layerlab.json lab file, Keras code in a .py file, or a Keras .keras/.h5 model to train on`)
};

export const cliopt_train_label_smoothing = /** @type {(inputs: Cliopt_Train_Label_SmoothingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`label smoothing in [0, 1) (default 0)`)
};

export const cliopt_train_learning_rate = /** @type {(inputs: Cliopt_Train_Learning_RateInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`learning rate (Keras defaults: adam 0.001, rmsprop 0.001, sgd 0.01)`)
};

export const cliopt_train_loss = /** @type {(inputs: Cliopt_Train_LossInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`loss`)
};

export const cliopt_train_model = /** @type {(inputs: Cliopt_Train_ModelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`a Keras model saved with model.to_json() (tf.keras 2 or Keras 3)`)
};

export const cliopt_train_momentum = /** @type {(inputs: Cliopt_Train_MomentumInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`SGD momentum (default 0)`)
};

export const cliopt_train_name = /** @type {(inputs: Cliopt_Train_NameInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`a label for the run in lists and charts`)
};

export const cliopt_train_optimizer = /** @type {(inputs: Cliopt_Train_OptimizerInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`optimizer`)
};

export const cliopt_train_restore_best_weights = /** @type {(inputs: Cliopt_Train_Restore_Best_WeightsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`when early stopping stops, go back to the best epoch`)
};

export const cliopt_train_seed = /** @type {(inputs: Cliopt_Train_SeedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`seed for a reproducible CPU run`)
};

export const cliopt_train_shuffle_labels = /** @type {(inputs: Cliopt_Train_Shuffle_LabelsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`shuffle the training labels (the memorization experiment)`)
};

export const cliopt_train_train_subset = /** @type {(inputs: Cliopt_Train_Train_SubsetInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`train on only the first n examples`)
};

export const cliopt_train_validation = /** @type {(inputs: Cliopt_Train_ValidationInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`'test' (the dataset's test set), 'none', or a fraction like 0.2 (Keras' validation_split)`)
};

export const cliopt_worker_concurrency = /** @type {(inputs: Cliopt_Worker_ConcurrencyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`jobs to train at once`)
};

export const cliopt_worker_data_dir = /** @type {(inputs: Cliopt_Worker_Data_DirInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`folder with datasets, searched before the default ones (repeatable)`)
};

export const cliopt_worker_name = /** @type {(inputs: Cliopt_Worker_NameInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`how the teacher sees this worker (default: host name and process id)`)
};

export const cliopt_worker_redis = /** @type {(inputs: Cliopt_Worker_RedisInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`the pool: redis://HOST:PORT, redis://:PASSWORD@HOST:PORT, or rediss://... for TLS`)
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

export const curves_baseline = /** @type {(inputs: Curves_BaselineInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`baseline`)
};

export const curves_confusion_label = /** @type {(inputs: Curves_Confusion_LabelInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.count} examples, ${i?.percent}% of true ${i?.truth}`)
};

export const curves_confusion_title = /** @type {(inputs: Curves_Confusion_TitleInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`true ${i?.truth}, predicted ${i?.predicted}`)
};

export const curves_dead_tooltip = /** @type {(inputs: Curves_Dead_TooltipInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.run}: ${i?.percent}% dead`)
};

export const curves_early_stop = /** @type {(inputs: Curves_Early_StopInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`early stop`)
};

export const curves_heat_across = /** @type {(inputs: Curves_Heat_AcrossInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`across`)
};

export const curves_heat_best = /** @type {(inputs: Curves_Heat_BestInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`; ★ best`)
};

export const curves_heat_better = /** @type {(inputs: Curves_Heat_BetterInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`better`)
};

export const curves_heat_caption_folds = /** @type {(inputs: Curves_Heat_Caption_FoldsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`mean ${i?.metric} of ${i?.folds} folds, ± std`)
};

export const curves_heat_caption_holdout = /** @type {(inputs: Curves_Heat_Caption_HoldoutInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.metric} on the holdout split`)
};

export const curves_heat_fixed = /** @type {(inputs: Curves_Heat_FixedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Other settings held at the best: ${i?.settings}`)
};

export const curves_heat_folds = /** @type {(inputs: Curves_Heat_FoldsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`mean ${i?.metric} ${i?.score} ${i?.std} over ${i?.folds} folds`)
};

export const curves_heat_holdout = /** @type {(inputs: Curves_Heat_HoldoutInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.metric} ${i?.score} on the holdout split`)
};

export const curves_heat_unfinished = /** @type {(inputs: Curves_Heat_UnfinishedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`not finished yet`)
};

export const curves_heat_up = /** @type {(inputs: Curves_Heat_UpInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`up`)
};

export const curves_heat_worse = /** @type {(inputs: Curves_Heat_WorseInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`worse`)
};

export const curves_input = /** @type {(inputs: Curves_InputInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`input ${i?.index}`)
};

export const curves_legend_baseline = /** @type {(inputs: Curves_Legend_BaselineInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.name} (baseline)`)
};

export const curves_legend_changes = /** @type {(inputs: Curves_Legend_ChangesInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Changes: ${i?.changes}`)
};

export const curves_predicted = /** @type {(inputs: Curves_PredictedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`predicted`)
};

export const curves_spread_tooltip = /** @type {(inputs: Curves_Spread_TooltipInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.run}: mean ${i?.mean}, std ${i?.std}`)
};

export const curves_true = /** @type {(inputs: Curves_TrueInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`true`)
};

export const curves_weight_from = /** @type {(inputs: Curves_Weight_FromInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`w from ${i?.value}`)
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

export const dstext_circles = /** @type {(inputs: Dstext_CirclesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Circles`)
};

export const dstext_fashion_mnist = /** @type {(inputs: Dstext_Fashion_MnistInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Fashion-MNIST clothing images`)
};

export const dstext_hint = /** @type {(inputs: Dstext_HintInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Put ${i?.files} (gzipped or not) in ${i?.folder}, or run \`layerlab datasets --download ${i?.name}\` when online.`)
};

export const dstext_hint_apt = /** @type {(inputs: Dstext_Hint_AptInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`On Debian or Ubuntu, \`apt-get install ${i?.apt}\` installs them.`)
};

export const dstext_hint_imdb = /** @type {(inputs: Dstext_Hint_ImdbInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Put ${i?.files} (or its unpacked aclImdb/ folder) in ${i?.folder}, or run \`layerlab datasets --download imdb\` when online.`)
};

export const dstext_imdb = /** @type {(inputs: Dstext_ImdbInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`IMDB movie reviews`)
};

export const dstext_mnist = /** @type {(inputs: Dstext_MnistInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`MNIST handwritten digits`)
};

export const dstext_moons = /** @type {(inputs: Dstext_MoonsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Moons`)
};

export const dstext_spirals = /** @type {(inputs: Dstext_SpiralsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Spirals`)
};

export const dstext_spirals_title = /** @type {(inputs: Dstext_Spirals_TitleInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.name} (${i?.arms} arms, ${i?.samples} points, noise ${i?.noise}, seed ${i?.seed})`)
};

export const dstext_synthetic_title = /** @type {(inputs: Dstext_Synthetic_TitleInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.name} (${i?.samples} points, noise ${i?.noise}, seed ${i?.seed})`)
};

export const duration_minutes = /** @type {(inputs: Duration_MinutesInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.min} min ${i?.s} s`)
};

export const duration_seconds = /** @type {(inputs: Duration_SecondsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.s} s`)
};

export const edialog_lab = /** @type {(inputs: Edialog_LabInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`LayerLab lab`)
};

export const edialog_lab_or_keras = /** @type {(inputs: Edialog_Lab_Or_KerasInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`LayerLab lab or Keras model JSON`)
};

export const edialog_open_lab = /** @type {(inputs: Edialog_Open_LabInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Open lab`)
};

export const edialog_quit = /** @type {(inputs: Edialog_QuitInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Quit`)
};

export const edialog_store_cannot_open = /** @type {(inputs: Edialog_Store_Cannot_OpenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`LayerLab cannot open its run store`)
};

export const edialog_store_damaged = /** @type {(inputs: Edialog_Store_DamagedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The run store is damaged`)
};

export const edialog_store_move_aside = /** @type {(inputs: Edialog_Store_Move_AsideInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Move it aside and start a new store`)
};

export const edialog_store_moved = /** @type {(inputs: Edialog_Store_MovedInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("en", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`The damaged run store was moved to ${i?.moved} and kept as it was; ${i?.count} readable row was copied into the new store.`);
	return /** @type {LocalizedString} */ (`The damaged run store was moved to ${i?.moved} and kept as it was; ${i?.count} readable rows were copied into the new store.`)
	
};

export const error_augment_needs_images = /** @type {(inputs: Error_Augment_Needs_ImagesInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Image augmentation needs images, but ${i?.title} examples are ${i?.shape}; turn augmentation off for this dataset.`)
};

export const error_augment_not_images = /** @type {(inputs: Error_Augment_Not_ImagesInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Augmentation works on images, but ${i?.dataset} examples are ${i?.shape}; choose an image dataset to preview it.`)
};

export const error_backend_none = /** @type {(inputs: Error_Backend_NoneInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`No TensorFlow.js backend could start: ${i?.reasons}`)
};

export const error_backend_unknown = /** @type {(inputs: Error_Backend_UnknownInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Unknown backend '${i?.backend}': use one of ${i?.list} or auto.`)
};

export const error_budget_needs = /** @type {(inputs: Error_Budget_NeedsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`This model needs about ${i?.total} of memory to train (${i?.params} parameters take ${i?.paramBytes} with their gradients and optimizer slots; one batch of ${i?.batch} takes ${i?.activations} of layer outputs)`)
};

export const error_budget_not_free = /** @type {(inputs: Error_Budget_Not_FreeInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.needs}, but only ${i?.free} is free now: close other programs or finish other runs, or use a smaller model or batch size.`)
};

export const error_budget_over_half = /** @type {(inputs: Error_Budget_Over_HalfInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.needs}, but LayerLab trains in at most half of this machine's ${i?.machine} (${i?.cap}): use fewer units or filters, a smaller input, or a smaller batch size.`)
};

export const error_builtin_missing = /** @type {(inputs: Error_Builtin_MissingInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.title} (${i?.name}) was not found in ${i?.searched}. ${i?.hint}`)
};

export const error_builtin_missing_partial = /** @type {(inputs: Error_Builtin_Missing_PartialInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.title} (${i?.name}) was not found in ${i?.searched}. ${i?.partial} ${i?.hint}`)
};

export const error_builtin_no_folders = /** @type {(inputs: Error_Builtin_No_FoldersInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`no folders`)
};

export const error_busy_delete_grid = /** @type {(inputs: Error_Busy_Delete_GridInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`This grid is still running: stop it before deleting it.`)
};

export const error_busy_delete_run = /** @type {(inputs: Error_Busy_Delete_RunInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`This run is still training: stop it before deleting it.`)
};

export const error_busy_grid_running = /** @type {(inputs: Error_Busy_Grid_RunningInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`This grid is already running.`)
};

export const error_busy_repair_store = /** @type {(inputs: Error_Busy_Repair_StoreInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Runs are training: stop them before moving the run store aside.`)
};

export const error_class_host = /** @type {(inputs: Error_Class_HostInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`--host '${i?.host}' is not an address of this machine; give one of ${i?.list} (the lab network's), or 0.0.0.0 for every network it is on.`)
};

export const error_class_no_pool = /** @type {(inputs: Error_Class_No_PoolInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`A class server trains on its own machine: students cannot connect a pool of workers.`)
};

export const error_cli_class_only = /** @type {(inputs: Error_Cli_Class_OnlyInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.flag} is for a class server (add --class); a plain serve listens on 127.0.0.1 only.`)
};

export const error_cli_concurrency = /** @type {(inputs: Error_Cli_ConcurrencyInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`--concurrency ${i?.concurrency} is more than 64.`)
};

export const error_cli_import_json = /** @type {(inputs: Error_Cli_Import_JsonInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`'${i?.file}' is JSON, not Python; layerlab import reads Keras code saved as a .py file (train a lab or a Keras model JSON with layerlab train).`)
};

export const error_cli_lab_and_model = /** @type {(inputs: Error_Cli_Lab_And_ModelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Give either a lab file or --model, not both.`)
};

export const error_cli_lab_no_weights = /** @type {(inputs: Error_Cli_Lab_No_WeightsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`'${i?.arg}' is a lab file, which has no trained weights to export as ${i?.format}: train it (layerlab train ${i?.arg}) and export the run, or export the lab with --format python.`)
};

export const error_cli_lang = /** @type {(inputs: Error_Cli_LangInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`--lang ${i?.lang} is not a language LayerLab speaks: use one of ${i?.list}.`)
};

export const error_cli_model_file_and_model = /** @type {(inputs: Error_Cli_Model_File_And_ModelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Give either a model file or --model, not both.`)
};

export const error_cli_model_invalid = /** @type {(inputs: Error_Cli_Model_InvalidInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`The model is not valid: ${i?.issues}`)
};

export const error_cli_model_needs_dataset = /** @type {(inputs: Error_Cli_Model_Needs_DatasetInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`--model needs --dataset (for example --dataset mnist).`)
};

export const error_cli_model_too_large = /** @type {(inputs: Error_Cli_Model_Too_LargeInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.file} is over ${i?.megabytes} MB; LayerLab imports smaller Keras models.`)
};

export const error_cli_no_epoch = /** @type {(inputs: Error_Cli_No_EpochInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Run '${i?.name}' has no epoch ${i?.epoch}: it recorded epochs 0 to ${i?.last} (0 is before training); choose --epoch between 0 and ${i?.last}.`)
};

export const error_cli_no_grid = /** @type {(inputs: Error_Cli_No_GridInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`This lab has no grid: add a "grid" section to it, or give --sweep PATH=VALUES (for example --sweep layers.dropout.rate=0.3,0.5,0.7).`)
};

export const error_cli_no_insights = /** @type {(inputs: Error_Cli_No_InsightsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Run '${i?.name}' recorded nothing inside its model (it was imported, failed before training, or was trained by an older LayerLab): train its lab again to inspect it.`)
};

export const error_cli_no_quick = /** @type {(inputs: Error_Cli_No_QuickInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.arg} is not a library lab with a quick version: leave out --quick.`)
};

export const error_cli_no_run = /** @type {(inputs: Error_Cli_No_RunInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`No run matches '${i?.arg}'. List the runs with: layerlab runs.`)
};

export const error_cli_no_run_or_lab = /** @type {(inputs: Error_Cli_No_Run_Or_LabInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`No run matches '${i?.arg}'. List the runs with: layerlab runs (or give a .layerlab.json file).`)
};

export const error_cli_no_run_or_model = /** @type {(inputs: Error_Cli_No_Run_Or_ModelInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`No run matches '${i?.arg}'. List the runs with: layerlab runs (or give a .keras or .h5 file).`)
};

export const error_cli_not_guided = /** @type {(inputs: Error_Cli_Not_GuidedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.arg} has no steps or checks: it is not a guided lab.`)
};

export const error_cli_redis_not_class = /** @type {(inputs: Error_Cli_Redis_Not_ClassInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`--redis is for \`layerlab serve\`, not for a class server.`)
};

export const error_cli_report_folder = /** @type {(inputs: Error_Cli_Report_FolderInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.dir} cannot be read as a folder: give the folder of report files.`)
};

export const error_cli_report_format = /** @type {(inputs: Error_Cli_Report_FormatInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`--format ${i?.format} is not a report format: use html or pdf.`)
};

export const error_cli_run_no_weights = /** @type {(inputs: Error_Cli_Run_No_WeightsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Run '${i?.arg}' has no trained weights (it failed before its first result); train it again.`)
};

export const error_cli_sweep_syntax = /** @type {(inputs: Error_Cli_Sweep_SyntaxInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`--sweep '${i?.text}' needs PATH=VALUES, like layers.dropout.rate=0.3,0.5,0.7 or training.learningRate=0.0001:0.1:4:log.`)
};

export const error_cli_train_what = /** @type {(inputs: Error_Cli_Train_WhatInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Give a lab file (layerlab train my.layerlab.json) or --model keras_model.json --dataset mnist.`)
};

export const error_cli_training_setting = /** @type {(inputs: Error_Cli_Training_SettingInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Invalid training setting: ${i?.issues}`)
};

export const error_cli_unknown_dataset = /** @type {(inputs: Error_Cli_Unknown_DatasetInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Unknown dataset '${i?.value}': use mnist, fashion-mnist, imdb, synthetic:spirals|moons|circles|xor, or a path to a CSV file, .npz file or image folder.`)
};

export const error_cli_validation = /** @type {(inputs: Error_Cli_ValidationInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`--validation '${i?.value}' must be 'test', 'none' or a fraction between 0 and 1 (like 0.2).`)
};

export const error_cli_worker_name = /** @type {(inputs: Error_Cli_Worker_NameInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`--name '${i?.name}' is not a worker name: use up to 100 letters, digits, '.', '-', '_' or '@' (no spaces).`)
};

export const error_context = /** @type {(inputs: Error_ContextInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.context}: ${i?.sentence}`)
};

export const error_csv_label_column = /** @type {(inputs: Error_Csv_Label_ColumnInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`the label column${i?.name}`)
};

export const error_csv_no_column_index = /** @type {(inputs: Error_Csv_No_Column_IndexInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.file} has ${i?.width} columns (0..${i?.last}), so there is no label column ${i?.column}. Pick another column.`)
};

export const error_csv_no_column_name = /** @type {(inputs: Error_Csv_No_Column_NameInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.file} has no column named ${i?.column}; its columns are ${i?.columns}.`)
};

export const error_csv_no_header = /** @type {(inputs: Error_Csv_No_HeaderInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.file} has no header row, so the label column ${i?.column} cannot be found by name: give its 0-based index instead.`)
};

export const error_csv_not_number = /** @type {(inputs: Error_Csv_Not_NumberInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.file}, row ${i?.line}, column ${i?.column}${i?.name}: ${i?.value} is not a number. Every column except the label column must hold numbers; fix the cell or choose the label column.`)
};

export const error_csv_one_column = /** @type {(inputs: Error_Csv_One_ColumnInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.file} has a single column; it needs feature columns and a label column, separated by commas.`)
};

export const error_csv_quotes = /** @type {(inputs: Error_Csv_QuotesInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.file}, line ${i?.line}: ${i?.detail}. Fix the quoting.`)
};

export const error_csv_row = /** @type {(inputs: Error_Csv_RowInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`row ${i?.line}`)
};

export const error_csv_row_width = /** @type {(inputs: Error_Csv_Row_WidthInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.file}, row ${i?.line} has ${i?.cells} cells but ${i?.first} has ${i?.width}. Every row needs the same columns.`)
};

export const error_csv_the_header = /** @type {(inputs: Error_Csv_The_HeaderInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`the header`)
};

export const error_data_bad_gzip = /** @type {(inputs: Error_Data_Bad_GzipInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.file} is damaged gzip data (${i?.detail}): the download was probably cut short. Delete it and download it again.`)
};

export const error_data_denied = /** @type {(inputs: Error_Data_DeniedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.file} cannot be read: permission denied. Check the file's permissions.`)
};

export const error_data_empty_file = /** @type {(inputs: Error_Data_Empty_FileInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.file} is empty.`)
};

export const error_data_folder = /** @type {(inputs: Error_Data_FolderInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.file} is a folder, not a file.`)
};

export const error_data_header_only = /** @type {(inputs: Error_Data_Header_OnlyInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.file} has a header but no rows: add one example per row under it.`)
};

export const error_data_inflates = /** @type {(inputs: Error_Data_InflatesInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.file} inflates to more than ${i?.limit}, the most LayerLab reads from one gzip file: it is not the file it should be; delete it and download it again.`)
};

export const error_data_missing = /** @type {(inputs: Error_Data_MissingInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.file} does not exist: check the path.`)
};

export const error_data_no_class_folders = /** @type {(inputs: Error_Data_No_Class_FoldersInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.dir} holds no class folders: put the images in one sub-folder per class, e.g. ${i?.example}.`)
};

export const error_data_npy_alone = /** @type {(inputs: Error_Data_Npy_AloneInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.path}: a single .npy array holds no labels: save features and labels together with numpy.savez(path, x=..., y=...).`)
};

export const error_data_partial_files = /** @type {(inputs: Error_Data_Partial_FilesInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.folder} holds ${i?.found} but not ${i?.missing}.`)
};

export const error_data_partial_folder = /** @type {(inputs: Error_Data_Partial_FolderInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.folder} has no ${i?.missing} folder.`)
};

export const error_data_partial_folders = /** @type {(inputs: Error_Data_Partial_FoldersInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.folder} has no ${i?.missing} folders.`)
};

export const error_data_unknown_kind = /** @type {(inputs: Error_Data_Unknown_KindInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.path}: LayerLab reads CSV files (.csv), NumPy archives (.npz) and folders of images.`)
};

export const error_data_unreadable = /** @type {(inputs: Error_Data_UnreadableInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.file} could not be read (${i?.detail}).`)
};

export const error_details_in_log = /** @type {(inputs: Error_Details_In_LogInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.sentence} Details are in ${i?.log}.`)
};

export const error_disconnected = /** @type {(inputs: Error_DisconnectedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Lost the connection to the LayerLab server; is \`layerlab serve\` still running?`)
};

export const error_diverged = /** @type {(inputs: Error_DivergedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Training diverged in epoch ${i?.epoch} (the loss became ${i?.loss}). The learning rate (${i?.rate}) is probably too high: try a smaller one.`)
};

export const error_doing_check_steps = /** @type {(inputs: Error_Doing_Check_StepsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Checking the steps`)
};

export const error_doing_delete_grid = /** @type {(inputs: Error_Doing_Delete_GridInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Deleting the grid`)
};

export const error_doing_delete_run = /** @type {(inputs: Error_Doing_Delete_RunInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Deleting the run`)
};

export const error_doing_evaluate = /** @type {(inputs: Error_Doing_EvaluateInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Evaluating on the test set`)
};

export const error_doing_list_grids = /** @type {(inputs: Error_Doing_List_GridsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Listing grids`)
};

export const error_doing_list_labs = /** @type {(inputs: Error_Doing_List_LabsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Listing labs`)
};

export const error_doing_list_library = /** @type {(inputs: Error_Doing_List_LibraryInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Listing the labs`)
};

export const error_doing_list_runs = /** @type {(inputs: Error_Doing_List_RunsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Listing runs`)
};

export const error_doing_load_grid = /** @type {(inputs: Error_Doing_Load_GridInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Loading the grid`)
};

export const error_doing_load_run = /** @type {(inputs: Error_Doing_Load_RunInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Loading the run`)
};

export const error_doing_open_file = /** @type {(inputs: Error_Doing_Open_FileInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Opening the file`)
};

export const error_doing_open_lab = /** @type {(inputs: Error_Doing_Open_LabInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Opening the lab`)
};

export const error_doing_open_named = /** @type {(inputs: Error_Doing_Open_NamedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Opening ${i?.name}`)
};

export const error_doing_rename_run = /** @type {(inputs: Error_Doing_Rename_RunInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Renaming the run`)
};

export const error_doing_repair_store = /** @type {(inputs: Error_Doing_Repair_StoreInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Moving the damaged store aside`)
};

export const error_doing_save_lab = /** @type {(inputs: Error_Doing_Save_LabInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Saving the lab`)
};

export const error_doing_start_grid = /** @type {(inputs: Error_Doing_Start_GridInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Starting the grid`)
};

export const error_doing_start_training = /** @type {(inputs: Error_Doing_Start_TrainingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Starting training`)
};

export const error_doing_stop_grid = /** @type {(inputs: Error_Doing_Stop_GridInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Stopping the grid`)
};

export const error_download_broke = /** @type {(inputs: Error_Download_BrokeInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Downloading ${i?.url} broke off (${i?.detail}): try again. ${i?.byHand}`)
};

export const error_download_by_hand = /** @type {(inputs: Error_Download_By_HandInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`You can also download it by hand and put it in ${i?.folder}.`)
};

export const error_download_http = /** @type {(inputs: Error_Download_HttpInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Downloading ${i?.url} failed with HTTP ${i?.status}. ${i?.byHand}`)
};

export const error_download_md5 = /** @type {(inputs: Error_Download_Md5Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`The download of ${i?.url} has the md5 checksum ${i?.got}, not the expected ${i?.md5} (${i?.received} bytes received), so it was not kept: try again. ${i?.byHand}`)
};

export const error_download_mkdir = /** @type {(inputs: Error_Download_MkdirInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Cannot create ${i?.folder} (${i?.detail}): pick another folder.`)
};

export const error_download_unreachable = /** @type {(inputs: Error_Download_UnreachableInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Could not reach ${i?.url} (${i?.cause}): check that you are online. ${i?.byHand}`)
};

export const error_early_stopping_no_validation = /** @type {(inputs: Error_Early_Stopping_No_ValidationInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Early stopping watches ${i?.monitor}, but this run has no validation data: choose a validation split or the test set, or monitor 'loss'.`)
};

export const error_export_no_history = /** @type {(inputs: Error_Export_No_HistoryInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`'${i?.name}' is a lab, which has no training history to export as Training history (.csv): train it and export the run.`)
};

export const error_export_no_history_cli = /** @type {(inputs: Error_Export_No_History_CliInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`'${i?.name}' is a lab, which has no training history to export as Training history (.csv): train it (layerlab train ${i?.name}) and export the run.`)
};

export const error_export_no_weights = /** @type {(inputs: Error_Export_No_WeightsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`This run has no trained weights to export as ${i?.format} (it failed before finishing an epoch); train it again, or export it as a Python script.`)
};

export const error_file_binary = /** @type {(inputs: Error_File_BinaryInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.file} is not a text file (it holds binary data), so it is not ${i?.what}; check that it is the right file.`)
};

export const error_file_missing = /** @type {(inputs: Error_File_MissingInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.file} does not exist.`)
};

export const error_file_too_large = /** @type {(inputs: Error_File_Too_LargeInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.file} is over ${i?.megabytes} MB, far more than ${i?.what} holds; check that it is the right file.`)
};

export const error_fold_missing = /** @type {(inputs: Error_Fold_MissingInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Fold ${i?.index} does not exist in ${i?.folds}-fold cross-validation.`)
};

export const error_fold_too_few = /** @type {(inputs: Error_Fold_Too_FewInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.folds}-fold cross-validation needs at least ${i?.folds} examples, but there are ${i?.count}.`)
};

export const error_fs_action_mkdir = /** @type {(inputs: Error_Fs_Action_MkdirInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`create the folder`)
};

export const error_fs_action_read = /** @type {(inputs: Error_Fs_Action_ReadInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`read`)
};

export const error_fs_action_write = /** @type {(inputs: Error_Fs_Action_WriteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`write`)
};

export const error_fs_cannot_mkdir = /** @type {(inputs: Error_Fs_Cannot_MkdirInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`folders cannot be made in that place; choose another folder`)
};

export const error_fs_disk_full = /** @type {(inputs: Error_Fs_Disk_FullInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`the disk is full; free some space and try again`)
};

export const error_fs_exists = /** @type {(inputs: Error_Fs_ExistsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`a file is already there where a folder is needed`)
};

export const error_fs_failed = /** @type {(inputs: Error_Fs_FailedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Could not ${i?.action} ${i?.file}: ${i?.why}.`)
};

export const error_fs_is_folder = /** @type {(inputs: Error_Fs_Is_FolderInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`it is a folder, not a file; give a file name inside it`)
};

export const error_fs_loop = /** @type {(inputs: Error_Fs_LoopInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`it is a loop of symbolic links`)
};

export const error_fs_missing = /** @type {(inputs: Error_Fs_MissingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`it does not exist`)
};

export const error_fs_no_parent = /** @type {(inputs: Error_Fs_No_ParentInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`its folder does not exist`)
};

export const error_fs_not_folder = /** @type {(inputs: Error_Fs_Not_FolderInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`a part of the path is a file, not a folder`)
};

export const error_fs_permission = /** @type {(inputs: Error_Fs_PermissionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`permission denied; choose a folder you can write to`)
};

export const error_fs_read_only = /** @type {(inputs: Error_Fs_Read_OnlyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`it is on a read-only file system; choose another folder`)
};

export const error_fs_system = /** @type {(inputs: Error_Fs_SystemInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`the system said ${i?.detail}`)
};

export const error_fs_too_long = /** @type {(inputs: Error_Fs_Too_LongInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`the path is too long`)
};

export const error_fs_too_many_open = /** @type {(inputs: Error_Fs_Too_Many_OpenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`too many files are open; close some programs and try again`)
};

export const error_future_version_graph = /** @type {(inputs: Error_Future_Version_GraphInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`This graph was saved by a newer LayerLab (format version ${i?.version}; this one reads up to ${i?.current}). Update LayerLab to open it.`)
};

export const error_future_version_lab = /** @type {(inputs: Error_Future_Version_LabInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`This lab was saved by a newer LayerLab (format version ${i?.version}; this one reads up to ${i?.current}). Update LayerLab to open it.`)
};

export const error_graph_invalid = /** @type {(inputs: Error_Graph_InvalidInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`The graph is not valid: ${i?.issues}.`)
};

export const error_graph_not_object = /** @type {(inputs: Error_Graph_Not_ObjectInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`A graph must be a JSON object with nodes and edges.`)
};

export const error_grid_at_least = /** @type {(inputs: Error_Grid_At_LeastInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`is ${i?.value}; it must be at least ${i?.limit}`)
};

export const error_grid_at_most = /** @type {(inputs: Error_Grid_At_MostInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`is ${i?.value}; it must be at most ${i?.limit}`)
};

export const error_grid_bool = /** @type {(inputs: Error_Grid_BoolInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`training.augmentation takes true or false, not ${i?.value}.`)
};

export const error_grid_invalid = /** @type {(inputs: Error_Grid_InvalidInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Invalid grid: ${i?.issues}.`)
};

export const error_grid_is_value = /** @type {(inputs: Error_Grid_Is_ValueInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`is ${i?.value}: ${i?.detail}`)
};

export const error_grid_less_than = /** @type {(inputs: Error_Grid_Less_ThanInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`is ${i?.value}; it must be less than ${i?.limit}`)
};

export const error_grid_more_than = /** @type {(inputs: Error_Grid_More_ThanInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`is ${i?.value}; it must be more than ${i?.limit}`)
};

export const error_grid_no_param = /** @type {(inputs: Error_Grid_No_ParamInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`The grid sweeps ${i?.param} of layer '${i?.name}', but a ${i?.kind} layer has no such parameter.`)
};

export const error_grid_none = /** @type {(inputs: Error_Grid_NoneInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`The lab '${i?.name}' has no grid: add a "grid" section (see docs/file-formats.md).`)
};

export const error_grid_not_number = /** @type {(inputs: Error_Grid_Not_NumberInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`must be a number, not ${i?.value}`)
};

export const error_grid_not_sweepable = /** @type {(inputs: Error_Grid_Not_SweepableInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`The grid sweeps training.${i?.key}, which cannot be swept; sweep one of ${i?.list}.`)
};

export const error_grid_not_whole = /** @type {(inputs: Error_Grid_Not_WholeInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`must be a whole number, not ${i?.value}`)
};

export const error_grid_numbers = /** @type {(inputs: Error_Grid_NumbersInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.path} takes numbers, not ${i?.value}.`)
};

export const error_grid_optimizer = /** @type {(inputs: Error_Grid_OptimizerInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`training.optimizer takes ${i?.list}, not ${i?.value}.`)
};

export const error_grid_refit_failed = /** @type {(inputs: Error_Grid_Refit_FailedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`The refit of the best setting failed: ${i?.detail}`)
};

export const error_grid_regularizer_path = /** @type {(inputs: Error_Grid_Regularizer_PathInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Sweep a regularizer's strength as layers.${i?.name}.${i?.param}.l1 or .l2.`)
};

export const error_grid_see_its_runs = /** @type {(inputs: Error_Grid_See_Its_RunsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`see its runs for why.`)
};

export const error_grid_see_their_runs = /** @type {(inputs: Error_Grid_See_Their_RunsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`See their runs for why.`)
};

export const error_grid_selector = /** @type {(inputs: Error_Grid_SelectorInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`The grid sweeps ${i?.path}, but ${i?.problem}.`)
};

export const error_grid_setting = /** @type {(inputs: Error_Grid_SettingInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.path} ${i?.problem}.`)
};

export const error_grid_times = /** @type {(inputs: Error_Grid_TimesInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.a} x ${i?.b}`)
};

export const error_grid_too_many = /** @type {(inputs: Error_Grid_Too_ManyInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`The grid has ${i?.count} settings (${i?.values}); LayerLab runs at most ${i?.max}: sweep fewer values, or use a random search.`)
};

export const error_grid_trial = /** @type {(inputs: Error_Grid_TrialInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Trial ${i?.trial}: ${i?.detail}`)
};

export const error_grid_trial_failed = /** @type {(inputs: Error_Grid_Trial_FailedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Trial ${i?.trial} failed: ${i?.detail}`)
};

export const error_grid_trial_model = /** @type {(inputs: Error_Grid_Trial_ModelInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Trial ${i?.trial} makes the model invalid: ${i?.issue}`)
};

export const error_grid_trial_no_start = /** @type {(inputs: Error_Grid_Trial_No_StartInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Trial ${i?.trial} could not start: ${i?.detail}`)
};

export const error_grid_trial_training = /** @type {(inputs: Error_Grid_Trial_TrainingInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Trial ${i?.trial} makes the training settings invalid: ${i?.path}: ${i?.issue}.`)
};

export const error_grid_trials_failed = /** @type {(inputs: Error_Grid_Trials_FailedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.failed} of ${i?.total} trials failed. ${i?.detail}`)
};

export const error_grid_twice = /** @type {(inputs: Error_Grid_TwiceInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`The grid sweeps ${i?.key} twice, in ${i?.other} and in ${i?.path}: remove one of the two sweeps, or untick ${i?.name} in one.`)
};

export const error_grid_values_of = /** @type {(inputs: Error_Grid_Values_OfInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.count} values of ${i?.path}`)
};

export const error_host_invalid_arguments = /** @type {(inputs: Error_Host_Invalid_ArgumentsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.method} got invalid arguments: ${i?.issues}.`)
};

export const error_host_unknown_method = /** @type {(inputs: Error_Host_Unknown_MethodInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`'${i?.method}' is not a LayerLab method.`)
};

export const error_idx_extra = /** @type {(inputs: Error_Idx_ExtraInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.file} has ${i?.extra} bytes more than the ${i?.what} its header announces. Download it again.`)
};

export const error_idx_images_of = /** @type {(inputs: Error_Idx_Images_OfInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.count} images of ${i?.size}`)
};

export const error_idx_labels_of = /** @type {(inputs: Error_Idx_Labels_OfInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.count} labels`)
};

export const error_idx_magic = /** @type {(inputs: Error_Idx_MagicInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.file} starts with the magic number ${i?.magic} instead of ${i?.expected}${i?.why}. Replace it with the original file.`)
};

export const error_idx_not_images = /** @type {(inputs: Error_Idx_Not_ImagesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`, so it is not an IDX images file`)
};

export const error_idx_not_labels = /** @type {(inputs: Error_Idx_Not_LabelsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`, so it is not an IDX labels file`)
};

export const error_idx_swapped_images = /** @type {(inputs: Error_Idx_Swapped_ImagesInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`: ${i?.magic} marks an IDX images file, so the file names are probably swapped`)
};

export const error_idx_swapped_labels = /** @type {(inputs: Error_Idx_Swapped_LabelsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`: ${i?.magic} marks an IDX labels file, so the file names are probably swapped`)
};

export const error_idx_too_short = /** @type {(inputs: Error_Idx_Too_ShortInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.file} is truncated: it holds ${i?.bytes} bytes, too few for an IDX header. Download it again.`)
};

export const error_idx_truncated = /** @type {(inputs: Error_Idx_TruncatedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.file} is truncated: its header announces ${i?.what} (${i?.want} bytes) but it holds ${i?.bytes} bytes. Download it again.`)
};

export const error_idx_truncated_header = /** @type {(inputs: Error_Idx_Truncated_HeaderInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.file} is truncated inside its header (${i?.bytes} bytes). Download it again.`)
};

export const error_images_none = /** @type {(inputs: Error_Images_NoneInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.folder} holds no .png or .jpg images: add some or remove the folder.`)
};

export const error_images_not_image = /** @type {(inputs: Error_Images_Not_ImageInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.file} is neither a PNG nor a JPEG image, whatever its name says: convert it or remove it.`)
};

export const error_images_test_class = /** @type {(inputs: Error_Images_Test_ClassInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.dir} has the class folder ${i?.names}, which ${i?.train} lacks: the test classes must be training classes.`)
};

export const error_images_test_classes = /** @type {(inputs: Error_Images_Test_ClassesInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.dir} has the class folders ${i?.names}, which ${i?.train} lacks: the test classes must be training classes.`)
};

export const error_images_too_big = /** @type {(inputs: Error_Images_Too_BigInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.file} is ${i?.size} pixels; LayerLab reads images of at most ${i?.max}: shrink it (every image is resized to the lab's image size anyway) or remove it.`)
};

export const error_images_too_many = /** @type {(inputs: Error_Images_Too_ManyInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.root} holds ${i?.count} images, ${i?.size} once resized to ${i?.shape}; LayerLab holds at most ${i?.cap} of images: use fewer images or a smaller image size.`)
};

export const error_images_undecodable = /** @type {(inputs: Error_Images_UndecodableInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.file} could not be decoded as ${i?.format} (${i?.detail}): replace it or remove it.`)
};

export const error_imdb_archive = /** @type {(inputs: Error_Imdb_ArchiveInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.file} could not be read as a .tar.gz archive (${i?.detail}) after ${i?.count} reviews: it is probably cut short. Delete it and download it again.`)
};

export const error_imdb_inside = /** @type {(inputs: Error_Imdb_InsideInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.folder} inside ${i?.source}`)
};

export const error_imdb_no_reviews = /** @type {(inputs: Error_Imdb_No_ReviewsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.where} holds no reviews: an IMDB copy needs the official layout ${i?.layout}. Download aclImdb_v1.tar.gz again.`)
};

export const error_in_step = /** @type {(inputs: Error_In_StepInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.where}, step "${i?.step}": ${i?.detail}`)
};

export const error_in_where = /** @type {(inputs: Error_In_WhereInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.where}: ${i?.detail}`)
};

export const error_internal = /** @type {(inputs: Error_InternalInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`LayerLab hit an internal error (${i?.detail}); please report it with what you were doing.`)
};

export const error_json_at = /** @type {(inputs: Error_Json_AtInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.where} is not valid JSON: ${i?.problem} at line ${i?.line}, column ${i?.column}.`)
};

export const error_json_character = /** @type {(inputs: Error_Json_CharacterInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.where} is not valid JSON: it has a character JSON does not allow.`)
};

export const error_json_ends = /** @type {(inputs: Error_Json_EndsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.where} is not valid JSON: it ends before the JSON does.`)
};

export const error_keras_activation = /** @type {(inputs: Error_Keras_ActivationInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.layer} has the activation ${i?.value}, which LayerLab does not have; it would train as '${i?.fallback}', another model. In Keras, use one of ${i?.list} and export again`)
};

export const error_keras_bad_value = /** @type {(inputs: Error_Keras_Bad_ValueInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.layer} has ${i?.key} ${i?.value}; expected ${i?.expected}`)
};

export const error_keras_batchnorm_axis = /** @type {(inputs: Error_Keras_Batchnorm_AxisInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.layer} normalizes axis ${i?.axis}, which LayerLab does not model; it would normalize the last axis (the channels), another model. Use axis=-1 in Keras and export again`)
};

export const error_keras_expected_batch_shape = /** @type {(inputs: Error_Keras_Expected_Batch_ShapeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`a batch shape like [null, 28, 28, 1]`)
};

export const error_keras_expected_bool = /** @type {(inputs: Error_Keras_Expected_BoolInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`true or false`)
};

export const error_keras_expected_input_shape = /** @type {(inputs: Error_Keras_Expected_Input_ShapeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`the input shape, like [null, 28, 28, 1]`)
};

export const error_keras_expected_int = /** @type {(inputs: Error_Keras_Expected_IntInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`a whole number`)
};

export const error_keras_expected_int_list = /** @type {(inputs: Error_Keras_Expected_Int_ListInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`a list of whole numbers`)
};

export const error_keras_expected_number = /** @type {(inputs: Error_Keras_Expected_NumberInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`a number`)
};

export const error_keras_expected_pair = /** @type {(inputs: Error_Keras_Expected_PairInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`a whole number or two, like 3 or [3, 3]`)
};

export const error_keras_export_invalid = /** @type {(inputs: Error_Keras_Export_InvalidInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`This model cannot be exported to Keras yet: ${i?.detail}`)
};

export const error_keras_in = /** @type {(inputs: Error_Keras_InInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`In ${i?.where}, ${i?.detail}.`)
};

export const error_keras_in_line = /** @type {(inputs: Error_Keras_In_LineInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`In ${i?.where}, ${i?.detail} (line ${i?.line}).`)
};

export const error_keras_inbound_empty = /** @type {(inputs: Error_Keras_Inbound_EmptyInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.layer} has an inbound node that names no layer`)
};

export const error_keras_inbound_not_list = /** @type {(inputs: Error_Keras_Inbound_Not_ListInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.layer} has inbound_nodes ${i?.value}; expected a list`)
};

export const error_keras_input_not_first = /** @type {(inputs: Error_Keras_Input_Not_FirstInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`the InputLayer '${i?.name}' is not the first layer of the Sequential model`)
};

export const error_keras_layer = /** @type {(inputs: Error_Keras_LayerInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.kind} layer '${i?.name}'`)
};

export const error_keras_layer_named = /** @type {(inputs: Error_Keras_Layer_NamedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`layer '${i?.name}'`)
};

export const error_keras_layer_number = /** @type {(inputs: Error_Keras_Layer_NumberInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`layer number ${i?.number}`)
};

export const error_keras_loop = /** @type {(inputs: Error_Keras_LoopInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`the layers ${i?.names} feed each other in a loop; a Keras model cannot do that, so the file is damaged`)
};

export const error_keras_merge_in_sequential = /** @type {(inputs: Error_Keras_Merge_In_SequentialInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.layer} merges several inputs, so it cannot sit in a Sequential model; save the model from the functional API instead`)
};

export const error_keras_needs_default = /** @type {(inputs: Error_Keras_Needs_DefaultInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.layer} has ${i?.key} ${i?.value}, which LayerLab does not model; it would train with ${i?.uses} instead, another model. Remove the setting in Keras (or set it back to its default) and export again`)
};

export const error_keras_nested_model = /** @type {(inputs: Error_Keras_Nested_ModelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (` (a model nested inside the model; rebuild it as one flat model)`)
};

export const error_keras_no_class_name = /** @type {(inputs: Error_Keras_No_Class_NameInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`layer ${i?.number} has no class_name`)
};

export const error_keras_no_input_shape = /** @type {(inputs: Error_Keras_No_Input_ShapeInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.where} is a Sequential model without an input shape, so the size of each layer is unknown. In Keras, give the first layer input_shape=(...) or start with keras.Input(shape=(...)), or build the model (call it on data or model.build(...)), then export again.`)
};

export const error_keras_no_layers = /** @type {(inputs: Error_Keras_No_LayersInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.where} has no list of layers in its config.`)
};

export const error_keras_no_layers_sequential = /** @type {(inputs: Error_Keras_No_Layers_SequentialInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.where} is a Sequential model with no layers.`)
};

export const error_keras_not_json = /** @type {(inputs: Error_Keras_Not_JsonInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.where} is not JSON (${i?.detail}). Use the text that model.to_json() returns.`)
};

export const error_keras_not_model = /** @type {(inputs: Error_Keras_Not_ModelInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.where} is not a Keras model: expected the object that model.to_json() writes, with a class_name and a config.`)
};

export const error_keras_not_model_class = /** @type {(inputs: Error_Keras_Not_Model_ClassInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.where} holds a Keras ${i?.kind}, not a model; expected a Sequential or Functional model, as model.to_json() writes it.`)
};

export const error_keras_padding = /** @type {(inputs: Error_Keras_PaddingInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.layer} has padding ${i?.value}, which LayerLab does not have, and 'valid' would change the layer's output. Use 'valid' or 'same' in Keras and export again`)
};

export const error_keras_place_code = /** @type {(inputs: Error_Keras_Place_CodeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`the Keras code`)
};

export const error_keras_place_code_start = /** @type {(inputs: Error_Keras_Place_Code_StartInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The Keras code`)
};

export const error_keras_place_model = /** @type {(inputs: Error_Keras_Place_ModelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`the Keras model`)
};

export const error_keras_place_model_start = /** @type {(inputs: Error_Keras_Place_Model_StartInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The Keras model`)
};

export const error_keras_reads_other_output = /** @type {(inputs: Error_Keras_Reads_Other_OutputInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.layer} reads output ${i?.tensor} of call ${i?.node} of '${i?.source}' (a shared layer or a layer with several outputs), which LayerLab cannot show`)
};

export const error_keras_regularizer = /** @type {(inputs: Error_Keras_RegularizerInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.layer} has the ${i?.key} ${i?.value}, which LayerLab does not have, and training without it is another experiment. In Keras, use L1, L2 or L1L2 and export again`)
};

export const error_keras_same_name = /** @type {(inputs: Error_Keras_Same_NameInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`two layers are named '${i?.name}'; Keras names must be unique`)
};

export const error_keras_shape_not_fixed = /** @type {(inputs: Error_Keras_Shape_Not_FixedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.layer} has the input shape ${i?.shape}, with a size that is not fixed; LayerLab needs every size (like [null, 28, 28, 1]). Give Keras a full input shape and export again`)
};

export const error_keras_shared_layer = /** @type {(inputs: Error_Keras_Shared_LayerInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.layer} is called ${i?.count} times (one layer shared by several branches), which LayerLab cannot show; give each branch its own layer in Keras and export again`)
};

export const error_keras_unknown_end = /** @type {(inputs: Error_Keras_Unknown_EndInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.key} names '${i?.name}', which is not a layer of the model`)
};

export const error_keras_unknown_source = /** @type {(inputs: Error_Keras_Unknown_SourceInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.layer} takes its input from '${i?.source}', which is not a layer of the model`)
};

export const error_keras_unsupported_class = /** @type {(inputs: Error_Keras_Unsupported_ClassInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.layer} has the class ${i?.className}${i?.nested}, which LayerLab does not support. LayerLab supports ${i?.supported}. Remove or replace that layer in Keras and export again`)
};

export const error_keras_uses_channels_last = /** @type {(inputs: Error_Keras_Uses_Channels_LastInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`channels_last (height, width, channels)`)
};

export const error_keras_uses_dense_tensors = /** @type {(inputs: Error_Keras_Uses_Dense_TensorsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`dense tensors`)
};

export const error_keras_uses_dilation_1 = /** @type {(inputs: Error_Keras_Uses_Dilation_1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`a dilation rate of 1`)
};

export const error_keras_uses_float32_weights = /** @type {(inputs: Error_Keras_Uses_Float32_WeightsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`float32 weights`)
};

export const error_keras_uses_groups_1 = /** @type {(inputs: Error_Keras_Uses_Groups_1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`groups=1 (an ordinary convolution)`)
};

export const error_keras_uses_keepdims = /** @type {(inputs: Error_Keras_Uses_KeepdimsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`keepdims=False (output [channels])`)
};

export const error_keras_uses_no_adjustment = /** @type {(inputs: Error_Keras_Uses_No_AdjustmentInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`no adjustment`)
};

export const error_keras_uses_no_constraint = /** @type {(inputs: Error_Keras_Uses_No_ConstraintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`no constraint`)
};

export const error_keras_uses_no_lora = /** @type {(inputs: Error_Keras_Uses_No_LoraInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`no LoRA`)
};

export const error_keras_uses_no_renorm = /** @type {(inputs: Error_Keras_Uses_No_RenormInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`no batch renormalization`)
};

export const error_keras_uses_no_seed = /** @type {(inputs: Error_Keras_Uses_No_SeedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`no fixed seed`)
};

export const error_keras_uses_none = /** @type {(inputs: Error_Keras_Uses_NoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`none`)
};

export const error_keras_uses_one_mask = /** @type {(inputs: Error_Keras_Uses_One_MaskInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`one random mask per value`)
};

export const error_keras_uses_required_input = /** @type {(inputs: Error_Keras_Uses_Required_InputInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`a required input`)
};

export const error_keras_uses_unsynchronized = /** @type {(inputs: Error_Keras_Uses_UnsynchronizedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`unsynchronized statistics`)
};

export const error_keras_uses_whole_batch = /** @type {(inputs: Error_Keras_Uses_Whole_BatchInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`the whole batch`)
};

export const error_kwarn_activation = /** @type {(inputs: Error_Kwarn_ActivationInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`activation ${i?.value} is not available in LayerLab; it was imported as '${i?.fallback}'.`)
};

export const error_kwarn_batch_size = /** @type {(inputs: Error_Kwarn_Batch_SizeInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`its fixed batch size ${i?.size} is ignored; LayerLab takes the batch size from the training settings.`)
};

export const error_kwarn_batchnorm_axis = /** @type {(inputs: Error_Kwarn_Batchnorm_AxisInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`axis is ${i?.axis}, which LayerLab does not model; it normalizes the last axis (the channels).`)
};

export const error_kwarn_dataset_unknown = /** @type {(inputs: Error_Kwarn_Dataset_UnknownInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`LayerLab cannot tell from ${i?.file}'s input shape [${i?.shape}] which dataset it was trained on; choose the dataset before evaluating or training it.`)
};

export const error_kwarn_dtype = /** @type {(inputs: Error_Kwarn_DtypeInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`it computes in ${i?.dtype}; LayerLab computes in float32.`)
};

export const error_kwarn_from_logits = /** @type {(inputs: Error_Kwarn_From_LogitsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.file} computes its loss from logits (from_logits=True); LayerLab computes it from the model's outputs as probabilities, so its loss differs.`)
};

export const error_kwarn_frozen = /** @type {(inputs: Error_Kwarn_FrozenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`it is frozen (trainable=False) in Keras; LayerLab trains every layer.`)
};

export const error_kwarn_layer = /** @type {(inputs: Error_Kwarn_LayerInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.layer}: ${i?.detail}`)
};

export const error_kwarn_loss = /** @type {(inputs: Error_Kwarn_LossInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.file} was compiled with the loss ${i?.loss}, which LayerLab does not have; it evaluates and trains with sparse_categorical_crossentropy.`)
};

export const error_kwarn_lr_schedule = /** @type {(inputs: Error_Kwarn_Lr_ScheduleInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.file} was compiled with a learning-rate schedule; training further uses ${i?.optimizer}'s default learning rate.`)
};

export const error_kwarn_mnist = /** @type {(inputs: Error_Kwarn_MnistInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`LayerLab took ${i?.file} for an MNIST model from its input shape [${i?.shape}]; choose Fashion-MNIST if it learned that.`)
};

export const error_kwarn_nesterov = /** @type {(inputs: Error_Kwarn_NesterovInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.file} was compiled with Nesterov momentum; LayerLab uses plain momentum.`)
};

export const error_kwarn_not_modeled = /** @type {(inputs: Error_Kwarn_Not_ModeledInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.key} is ${i?.value}, which LayerLab does not model; it uses ${i?.uses}.`)
};

export const error_kwarn_optimizer = /** @type {(inputs: Error_Kwarn_OptimizerInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.file} was compiled with the optimizer ${i?.name}, which LayerLab does not have; training further uses Adam.`)
};

export const error_kwarn_padding = /** @type {(inputs: Error_Kwarn_PaddingInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`padding ${i?.value} is not available in LayerLab; it was imported as 'valid'.`)
};

export const error_kwarn_regularizer = /** @type {(inputs: Error_Kwarn_RegularizerInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.key} ${i?.value} is not available in LayerLab (it has L1, L2 and L1L2); it was left out.`)
};

export const error_kwarn_training_config = /** @type {(inputs: Error_Kwarn_Training_ConfigInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.file} has a training_config that is not JSON; its compile settings are left out.`)
};

export const error_kwarn_unknown_setting = /** @type {(inputs: Error_Kwarn_Unknown_SettingInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`its setting ${i?.key} = ${i?.value} is not known to LayerLab and was ignored.`)
};

export const error_lab_no_name = /** @type {(inputs: Error_Lab_No_NameInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Give the lab a file name, like my-mlp.`)
};

export const error_lab_not_object = /** @type {(inputs: Error_Lab_Not_ObjectInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.where} is not a LayerLab lab: it must be a JSON object.`)
};

export const error_lab_settings = /** @type {(inputs: Error_Lab_SettingsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.where} has invalid settings: ${i?.issues}.`)
};

export const error_lab_wrong_format = /** @type {(inputs: Error_Lab_Wrong_FormatInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.where} is not a LayerLab lab (its "format" is ${i?.format}, expected "${i?.expected}").`)
};

export const error_labels_empty = /** @type {(inputs: Error_Labels_EmptyInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.file}: the label of ${i?.where} is empty. Fill it in or drop the row.`)
};

export const error_labels_not_whole = /** @type {(inputs: Error_Labels_Not_WholeInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.file}: the label ${i?.label} (${i?.where}) is not a whole number. LayerLab trains classifiers, so labels must be class numbers or class names.`)
};

export const error_labels_one_class = /** @type {(inputs: Error_Labels_One_ClassInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.file}: ${i?.where} holds only the class ${i?.name}; a classifier needs examples of at least two classes.`)
};

export const error_layout_invalid_model = /** @type {(inputs: Error_Layout_Invalid_ModelInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`This model cannot be exported to Keras: ${i?.detail}`)
};

export const error_layout_not_float32 = /** @type {(inputs: Error_Layout_Not_Float32Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`The stored weight "${i?.name}" is ${i?.dtype}; only float32 weights can be exported to Keras, so train the run again.`)
};

export const error_layout_not_valid = /** @type {(inputs: Error_Layout_Not_ValidInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`it is not valid.`)
};

export const error_layout_quantized = /** @type {(inputs: Error_Layout_QuantizedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`quantized`)
};

export const error_layout_slash_in_name = /** @type {(inputs: Error_Layout_Slash_In_NameInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Keras does not allow "/" in a layer name, and layer "${i?.name}" has one; rename it and train again.`)
};

export const error_layout_weight_extra = /** @type {(inputs: Error_Layout_Weight_ExtraInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`The run's stored weights have "${i?.key}", which no layer of its lab has; its lab and weights do not match, so train it again.`)
};

export const error_layout_weight_missing = /** @type {(inputs: Error_Layout_Weight_MissingInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`The run's stored weights have no "${i?.key}" for layer "${i?.name}"; its lab and weights do not match, so train it again.`)
};

export const error_layout_weights_end = /** @type {(inputs: Error_Layout_Weights_EndInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`The stored weights end before "${i?.name}" (${i?.bytes} bytes); the run's weights are damaged, so train it again.`)
};

export const error_library_no_lab = /** @type {(inputs: Error_Library_No_LabInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`There is no lab '${i?.key}' in the library; the labs are: ${i?.labs}.`)
};

export const error_library_no_quick = /** @type {(inputs: Error_Library_No_QuickInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`The library lab '${i?.key}' has no quick version.`)
};

export const error_library_quick_invalid = /** @type {(inputs: Error_Library_Quick_InvalidInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`The quick version of ${i?.where} has an invalid setting: ${i?.issues}.`)
};

export const error_mnist_count = /** @type {(inputs: Error_Mnist_CountInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.labelsFile} holds ${i?.labels} labels but ${i?.imagesFile} holds ${i?.images} images: the two files must come from the same split. Replace the one that is wrong.`)
};

export const error_mnist_dims = /** @type {(inputs: Error_Mnist_DimsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.file} has ${i?.count} dimensions (${i?.dims}); an image file has 3 (count, rows, columns). Replace it with the original file.`)
};

export const error_mnist_label_range = /** @type {(inputs: Error_Mnist_Label_RangeInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.file} has the label ${i?.label} at position ${i?.index}, outside 0..${i?.last}. Replace it with the original file.`)
};

export const error_mnist_split_shapes = /** @type {(inputs: Error_Mnist_Split_ShapesInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.folder}: the training images are ${i?.train} but the test images are ${i?.test}. Replace the files with a matching set.`)
};

export const error_model_file_bad_hdf5 = /** @type {(inputs: Error_Model_File_Bad_Hdf5Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.file} is not a readable HDF5 file (it may be truncated or damaged); save it again from Keras.`)
};

export const error_model_file_bad_zip = /** @type {(inputs: Error_Model_File_Bad_ZipInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.file} is not a readable zip archive (${i?.detail}); save the model from Keras again.`)
};

export const error_model_file_member_size = /** @type {(inputs: Error_Model_File_Member_SizeInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.file}, member ${i?.name}, declares ${i?.size} bytes but inflates to ${i?.actual}; save the model from Keras again.`)
};

export const error_model_file_member_too_large = /** @type {(inputs: Error_Model_File_Member_Too_LargeInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.file} holds a ${i?.name} of ${i?.megabytes} MB once inflated; LayerLab reads at most ${i?.cap} MB of it.`)
};

export const error_model_file_no_weights = /** @type {(inputs: Error_Model_File_No_WeightsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`layer '${i?.layer}' has no weights; save the model after building or training it`)
};

export const error_model_file_not_keras = /** @type {(inputs: Error_Model_File_Not_KerasInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.file} is neither a Keras .keras file (a zip) nor an HDF5 .h5 file; save the model from Keras with model.save('model.keras') or model.save('model.h5').`)
};

export const error_model_file_weight_count = /** @type {(inputs: Error_Model_File_Weight_CountInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`layer '${i?.layer}' has ${i?.count} weight arrays, but its configuration needs ${i?.needed} (${i?.names}); the file does not match its own model`)
};

export const error_model_file_weight_missing = /** @type {(inputs: Error_Model_File_Weight_MissingInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`weight ${i?.path} of layer '${i?.layer}' is missing or not floating point; save the model from Keras again`)
};

export const error_model_file_weight_shape = /** @type {(inputs: Error_Model_File_Weight_ShapeInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`layer '${i?.layer}' has a ${i?.weight} of shape ${i?.shape}, but its configuration needs ${i?.needed}; the file does not match its own model`)
};

export const error_model_file_weights_only = /** @type {(inputs: Error_Model_File_Weights_OnlyInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.file} is an HDF5 file without a model_config attribute, so it holds weights only (model.save_weights) or no Keras model at all; save the whole model with model.save('model.h5').`)
};

export const error_model_file_weights_orphan = /** @type {(inputs: Error_Model_File_Weights_OrphanInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`the weights of layer '${i?.layer}' belong to no layer of the model that has weights; save the model from Keras again`)
};

export const error_model_file_zip_without = /** @type {(inputs: Error_Model_File_Zip_WithoutInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.file} is a zip archive without ${i?.name}, so it is not a model saved by Keras 3; save it with model.save('model.keras').`)
};

export const error_no_test_set_evaluate = /** @type {(inputs: Error_No_Test_Set_EvaluateInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.title} has no test set to evaluate on; choose a dataset with one (MNIST, Fashion-MNIST, IMDB).`)
};

export const error_no_test_set_validate = /** @type {(inputs: Error_No_Test_Set_ValidateInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.title} has no test set; validate on a split of the training data instead (for example 0.2).`)
};

export const error_no_weights_gone = /** @type {(inputs: Error_No_Weights_GoneInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`There is no run ${i?.run} to take weights from; it may have been deleted.`)
};

export const error_no_weights_run = /** @type {(inputs: Error_No_Weights_RunInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Run '${i?.name}' has no stored weights (it has not finished, or failed before its first result); choose a run that finished training.`)
};

export const error_not_found_grid = /** @type {(inputs: Error_Not_Found_GridInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`There is no grid ${i?.grid}; it may have been deleted.`)
};

export const error_not_found_run = /** @type {(inputs: Error_Not_Found_RunInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`There is no run ${i?.run}; it may have been deleted.`)
};

export const error_not_lab_or_keras = /** @type {(inputs: Error_Not_Lab_Or_KerasInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.where} is neither a LayerLab lab nor a Keras model JSON: open a lab saved by LayerLab (.layerlab.json), or a file holding the text that Keras' model.to_json() returns.`)
};

export const error_not_running_grid = /** @type {(inputs: Error_Not_Running_GridInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Grid ${i?.grid} is not running.`)
};

export const error_not_running_queued = /** @type {(inputs: Error_Not_Running_QueuedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Run ${i?.run} is waiting for a free trainer (${i?.max} train at once); stop it, or wait until it starts.`)
};

export const error_not_running_run = /** @type {(inputs: Error_Not_Running_RunInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Run ${i?.run} is not running (it may have finished already).`)
};

export const error_npy_bad_header = /** @type {(inputs: Error_Npy_Bad_HeaderInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.where} has an unreadable header ${i?.header}. Save it again with numpy.`)
};

export const error_npy_bad_shape = /** @type {(inputs: Error_Npy_Bad_ShapeInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.where} has the unreadable shape (${i?.shape}).`)
};

export const error_npy_big_endian = /** @type {(inputs: Error_Npy_Big_EndianInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.where} is big-endian (${i?.dtype}); convert it with a.astype(a.dtype.newbyteorder('<')).`)
};

export const error_npy_dtype = /** @type {(inputs: Error_Npy_DtypeInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.where} has the dtype ${i?.dtype}; use uint8, int32, int64, float32, float64 or bool.`)
};

export const error_npy_fortran = /** @type {(inputs: Error_Npy_FortranInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.where} is stored in Fortran (column-major) order; save it in C order with numpy.ascontiguousarray(a) first.`)
};

export const error_npy_not_npy = /** @type {(inputs: Error_Npy_Not_NpyInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.where} is not a NumPy .npy array (it does not start with ${i?.magic}). Save it with numpy.savez.`)
};

export const error_npy_objects = /** @type {(inputs: Error_Npy_ObjectsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.where} holds Python objects (pickled, like the ragged word lists in Keras' imdb.npz); LayerLab reads only plain numeric arrays.`)
};

export const error_npy_structured = /** @type {(inputs: Error_Npy_StructuredInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.where} is a structured (record) array; save each field as its own plain numeric array.`)
};

export const error_npy_too_large = /** @type {(inputs: Error_Npy_Too_LargeInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.where} has the shape (${i?.shape}) of ${i?.dtype}, ${i?.size}; LayerLab reads arrays of at most ${i?.cap}: save fewer or smaller examples.`)
};

export const error_npy_truncated = /** @type {(inputs: Error_Npy_TruncatedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.where} is truncated: its shape (${i?.shape}) needs ${i?.bytes} bytes of ${i?.dtype} but ${i?.actual} are there. Save it again.`)
};

export const error_npy_truncated_header = /** @type {(inputs: Error_Npy_Truncated_HeaderInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.where} is truncated inside its header. Save it again.`)
};

export const error_npy_version = /** @type {(inputs: Error_Npy_VersionInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.where} is .npy version ${i?.version}; LayerLab reads versions 1 to 3.`)
};

export const error_npz_array = /** @type {(inputs: Error_Npz_ArrayInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.file}, array ${i?.name}`)
};

export const error_npz_array_then = /** @type {(inputs: Error_Npz_Array_ThenInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.file}, array ${i?.name},`)
};

export const error_npz_count_mismatch = /** @type {(inputs: Error_Npz_Count_MismatchInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.file}: ${i?.x} has ${i?.examples} examples but ${i?.y} has ${i?.labels} labels; they must match one to one.`)
};

export const error_npz_entry_size = /** @type {(inputs: Error_Npz_Entry_SizeInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.file}, entry ${i?.name}, declares ${i?.size} bytes but inflates to ${i?.actual}. Save it again with numpy.savez.`)
};

export const error_npz_feature_shape = /** @type {(inputs: Error_Npz_Feature_ShapeInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.where} has the shape (${i?.shape}); features must be (examples, values), (examples, height, width) or (examples, height, width, channels).`)
};

export const error_npz_found_arrays = /** @type {(inputs: Error_Npz_Found_ArraysInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`the arrays ${i?.names}`)
};

export const error_npz_found_none = /** @type {(inputs: Error_Npz_Found_NoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`no arrays`)
};

export const error_npz_half_test = /** @type {(inputs: Error_Npz_Half_TestInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.file} has ${i?.there} but no ${i?.missing}: save both or neither.`)
};

export const error_npz_label_shape = /** @type {(inputs: Error_Npz_Label_ShapeInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.where} has the shape (${i?.shape}); labels must be (examples,) class numbers or (examples, classes) one-hot rows.`)
};

export const error_npz_no_arrays = /** @type {(inputs: Error_Npz_No_ArraysInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.file} holds ${i?.found}; LayerLab needs x_train and y_train (and optionally x_test and y_test), as in Keras' mnist.npz, or x and y.`)
};

export const error_npz_not_finite = /** @type {(inputs: Error_Npz_Not_FiniteInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.where}, example ${i?.example}, value ${i?.index}: ${i?.value} is not a number. Every feature must be a finite number; replace NaN and infinite values (numpy.nan_to_num) and save it again.`)
};

export const error_npz_not_one_hot = /** @type {(inputs: Error_Npz_Not_One_HotInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.where}, row ${i?.row} is not a one-hot row (exactly one 1, the rest 0). Save the labels as class numbers instead.`)
};

export const error_npz_test_shape = /** @type {(inputs: Error_Npz_Test_ShapeInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.file}: x_train examples have the shape (${i?.train}) but x_test examples (${i?.test}); they must match.`)
};

export const error_npz_too_large = /** @type {(inputs: Error_Npz_Too_LargeInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.file} holds ${i?.size} of arrays once inflated (${i?.bytes} bytes on disk); LayerLab reads at most ${i?.cap} from an .npz: save fewer or smaller examples (uint8 pixels take a quarter of float32).`)
};

export const error_npz_unreadable = /** @type {(inputs: Error_Npz_UnreadableInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.file} is not a readable .npz (zip) archive (${i?.detail}). Save it again with numpy.savez.`)
};

export const error_onnx_extra_layer = /** @type {(inputs: Error_Onnx_Extra_LayerInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`The run's stored weights do not fit its lab: they hold layer '${i?.layer}', which the lab does not have (or has without weights); train the lab again.`)
};

export const error_onnx_invalid_graph = /** @type {(inputs: Error_Onnx_Invalid_GraphInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`The lab '${i?.lab}' cannot be exported as ONNX: ${i?.detail}`)
};

export const error_onnx_weight_dtype = /** @type {(inputs: Error_Onnx_Weight_DtypeInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`The stored weight '${i?.weight}' is ${i?.dtype}; only float32 weights can be exported.`)
};

export const error_onnx_weight_none = /** @type {(inputs: Error_Onnx_Weight_NoneInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`The run's stored weights do not fit its lab: layer '${i?.layer}' needs a ${i?.weight} of shape ${i?.shape} but the run has none; train the lab again.`)
};

export const error_onnx_weight_shape = /** @type {(inputs: Error_Onnx_Weight_ShapeInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`The run's stored weights do not fit its lab: layer '${i?.layer}' needs a ${i?.weight} of shape ${i?.shape} but the run has ${i?.has}; train the lab again.`)
};

export const error_onnx_weight_unknown = /** @type {(inputs: Error_Onnx_Weight_UnknownInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`The stored weight '${i?.weight}' is not one LayerLab makes; train the run again.`)
};

export const error_onnx_weights_end = /** @type {(inputs: Error_Onnx_Weights_EndInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`The stored weights end before '${i?.weight}' (${i?.bytes} bytes); train the run again.`)
};

export const error_path_for_datasets = /** @type {(inputs: Error_Path_For_DatasetsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`datasets`)
};

export const error_path_for_exports = /** @type {(inputs: Error_Path_For_ExportsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`exports`)
};

export const error_path_for_labs = /** @type {(inputs: Error_Path_For_LabsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`labs`)
};

export const error_path_for_reports = /** @type {(inputs: Error_Path_For_ReportsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`reports`)
};

export const error_path_leads_to = /** @type {(inputs: Error_Path_Leads_ToInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.file} (it leads to ${i?.real})`)
};

export const error_path_outside_reads = /** @type {(inputs: Error_Path_Outside_ReadsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.file} is outside the folders this server may use for ${i?.what}: it reads only inside ${i?.folders}. Choose a path in one of them.`)
};

export const error_path_outside_writes = /** @type {(inputs: Error_Path_Outside_WritesInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.file} is outside the folders this server may use for ${i?.what}: it writes only inside ${i?.folders}. Choose a path in one of them.`)
};

export const error_pool_disconnected = /** @type {(inputs: Error_Pool_DisconnectedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`The pool at ${i?.url} was disconnected.`)
};

export const error_pool_grid_running = /** @type {(inputs: Error_Pool_Grid_RunningInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`A grid is running on the pool at ${i?.url}: stop it before changing the pool.`)
};

export const error_pool_job_malformed = /** @type {(inputs: Error_Pool_Job_MalformedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`The job is malformed (${i?.where}: ${i?.detail}); it was refused, not run.`)
};

export const error_pool_job_version = /** @type {(inputs: Error_Pool_Job_VersionInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`The job is of format ${i?.version}, and this worker reads format ${i?.current}: run the same LayerLab version on the teacher's machine and the workers.`)
};

export const error_pool_lost_minute = /** @type {(inputs: Error_Pool_Lost_MinuteInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Lost Redis at ${i?.where} for ${i?.minutes} minute: ${i?.why} The fold stopped; run the grid again to resume it.`)
};

export const error_pool_lost_minutes = /** @type {(inputs: Error_Pool_Lost_MinutesInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Lost Redis at ${i?.where} for ${i?.minutes} minutes: ${i?.why} The fold stopped; run the grid again to resume it.`)
};

export const error_pool_no_answer = /** @type {(inputs: Error_Pool_No_AnswerInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.url} did not answer in time.`)
};

export const error_pool_no_host = /** @type {(inputs: Error_Pool_No_HostInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`'${i?.url}' has no host: give redis://HOST:PORT.`)
};

export const error_pool_none = /** @type {(inputs: Error_Pool_NoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`No pool of workers is connected: connect one with its Redis address (the lab's workers) first, or run the grid on this computer.`)
};

export const error_pool_not_connected = /** @type {(inputs: Error_Pool_Not_ConnectedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`The pool at ${i?.url} is not connected (${i?.detail}): connect it again, or run the grid on this computer.`)
};

export const error_pool_not_redis_url = /** @type {(inputs: Error_Pool_Not_Redis_UrlInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`'${i?.url}' is not a Redis address: give redis://HOST:PORT, redis://:PASSWORD@HOST:PORT, or rediss://... for TLS.`)
};

export const error_pool_record_malformed = /** @type {(inputs: Error_Pool_Record_MalformedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`A worker sent a malformed record (${i?.where}: ${i?.detail}); it was refused.`)
};

export const error_pool_silent = /** @type {(inputs: Error_Pool_SilentInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`it did not answer.`)
};

export const error_pool_the_job = /** @type {(inputs: Error_Pool_The_JobInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`the job`)
};

export const error_pool_the_record = /** @type {(inputs: Error_Pool_The_RecordInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`the record`)
};

export const error_pool_worker_name = /** @type {(inputs: Error_Pool_Worker_NameInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`A worker named ${i?.name} is already in the pool (on ${i?.host}, process ${i?.pid}): give this one another --name, or wait a few seconds if that one was stopped just now.`)
};

export const error_pool_worker_name_here = /** @type {(inputs: Error_Pool_Worker_Name_HereInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`A worker named ${i?.name} is already in the pool (on ${i?.host}, process ${i?.pid}): give this one another --name.`)
};

export const error_pool_wrong_scheme = /** @type {(inputs: Error_Pool_Wrong_SchemeInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`'${i?.url}' is not a Redis address (it starts with ${i?.scheme}): give redis://HOST:PORT, or rediss://HOST:PORT for TLS.`)
};

export const error_python_empty = /** @type {(inputs: Error_Python_EmptyInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.where} is empty: paste the Python code that builds a Keras model.`)
};

export const error_python_is_json = /** @type {(inputs: Error_Python_Is_JsonInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.where} looks like a Keras model JSON, not Python code; open it as a Keras model JSON (model.to_json()) instead.`)
};

export const error_python_no_input_shape = /** @type {(inputs: Error_Python_No_Input_ShapeInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`the Sequential model made at line ${i?.line} has no input shape, so the size of each layer is unknown. Give its first layer input_shape=(...) (or start it with keras.Input(shape=(...))) and import again`)
};

export const error_python_no_model = /** @type {(inputs: Error_Python_No_ModelInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.where} builds no Keras model LayerLab can follow: expected keras.Sequential([...]), model.add(...) or keras.Model(inputs, outputs) with layers from keras.layers.`)
};

export const error_python_other_input = /** @type {(inputs: Error_Python_Other_InputInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`the output of the model made at line ${i?.line} depends on the Input '${i?.name}' (line ${i?.inputLine}), which is not the model's input; pass the Input the layers start from to Model(inputs, outputs)`)
};

export const error_python_output_not_from_input = /** @type {(inputs: Error_Python_Output_Not_From_InputInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`the output of the model made at line ${i?.line} does not come from its input '${i?.name}'; call the layers on that Input`)
};

export const error_python_sequential_empty = /** @type {(inputs: Error_Python_Sequential_EmptyInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`the Sequential model made at line ${i?.line} has no layer LayerLab can import`)
};

export const error_python_several_inputs = /** @type {(inputs: Error_Python_Several_InputsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`the model made at line ${i?.line} takes ${i?.count} inputs; a LayerLab model takes one. Merge the inputs into one keras.Input and import again`)
};

export const error_python_unreadable = /** @type {(inputs: Error_Python_UnreadableInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.where} is not Python code LayerLab can read (the first problem is on line ${i?.line}); paste the Python code that builds a Keras model.`)
};

export const error_pywarn_argument_unread = /** @type {(inputs: Error_Pywarn_Argument_UnreadInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`the ${i?.key} of this ${i?.name} layer (${i?.value}) could not be read: ${i?.problem}; LayerLab uses its default. Write the value out in the code.`)
};

export const error_pywarn_augment_call = /** @type {(inputs: Error_Pywarn_Augment_CallInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`LayerLab augments the dataset of the lab, not images from ${i?.name}(); the call was ignored.`)
};

export const error_pywarn_callback = /** @type {(inputs: Error_Pywarn_CallbackInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`the callback ${i?.callback} is not available in LayerLab (it has EarlyStopping) and was left out.`)
};

export const error_pywarn_called_on = /** @type {(inputs: Error_Pywarn_Called_OnInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`this ${i?.name} layer is called on ${i?.value}, not on a tensor of the model (keras.Input(...) or a layer's output); the call was ignored.`)
};

export const error_pywarn_called_on_nothing = /** @type {(inputs: Error_Pywarn_Called_On_NothingInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`this ${i?.name} layer is called on nothing, not on a tensor of the model (keras.Input(...) or a layer's output); the call was ignored.`)
};

export const error_pywarn_condition_unknown = /** @type {(inputs: Error_Pywarn_Condition_UnknownInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`LayerLab could not tell whether this condition holds; it followed this branch.`)
};

export const error_pywarn_datagen_option = /** @type {(inputs: Error_Pywarn_Datagen_OptionInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`ImageDataGenerator's ${i?.key} is not available in LayerLab and was left out (it has rotation, shifts, shear, zoom, flips, fill mode and cval).`)
};

export const error_pywarn_early_stopping_option = /** @type {(inputs: Error_Pywarn_Early_Stopping_OptionInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`EarlyStopping's ${i?.key} is not available in LayerLab and was left out.`)
};

export const error_pywarn_extra_argument = /** @type {(inputs: Error_Pywarn_Extra_ArgumentInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.name} takes at most ${i?.count} arguments by position; the extra ${i?.value} was ignored.`)
};

export const error_pywarn_fit_option = /** @type {(inputs: Error_Pywarn_Fit_OptionInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`fit's ${i?.key} is not available in LayerLab and was left out.`)
};

export const error_pywarn_from_logits = /** @type {(inputs: Error_Pywarn_From_LogitsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`from_logits=True: LayerLab's losses read probabilities, so give the last layer activation='softmax' (or 'sigmoid') and drop from_logits.`)
};

export const error_pywarn_imdb_width = /** @type {(inputs: Error_Pywarn_Imdb_WidthInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`the model reads ${i?.width} values per review but imdb.load_data keeps ${i?.count} words; LayerLab encodes reviews with one value per kept word, so make them equal.`)
};

export const error_pywarn_imdb_words = /** @type {(inputs: Error_Pywarn_Imdb_WordsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`LayerLab keeps from 10 to 100000 words of IMDB, not ${i?.count}; the lab keeps 10000.`)
};

export const error_pywarn_input_inside = /** @type {(inputs: Error_Pywarn_Input_InsideInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`an Input can only start a Sequential model; this one was left out.`)
};

export const error_pywarn_learning_rate = /** @type {(inputs: Error_Pywarn_Learning_RateInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`the learning rate ${i?.value} is not a number (a schedule?); LayerLab uses one fixed learning rate, the optimizer's default.`)
};

export const error_pywarn_loop_unknown = /** @type {(inputs: Error_Pywarn_Loop_UnknownInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`LayerLab could not tell what this loop goes over, so its body was skipped; write the layers out if they belong to the model.`)
};

export const error_pywarn_loss = /** @type {(inputs: Error_Pywarn_LossInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`the loss ${i?.loss} is not available in LayerLab (it has ${i?.losses}); the lab uses its default loss.`)
};

export const error_pywarn_merge = /** @type {(inputs: Error_Pywarn_MergeInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`layers.${i?.name} is a merge LayerLab does not have (it has add and concatenate); the first input was used instead. Use Add or Concatenate to train the same kind of model.`)
};

export const error_pywarn_metric = /** @type {(inputs: Error_Pywarn_MetricInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`the metric ${i?.metric} is not reported; LayerLab shows the loss and the accuracy.`)
};

export const error_pywarn_model_untraced = /** @type {(inputs: Error_Pywarn_Model_UntracedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`this Model(...) does not get its inputs and outputs as tensors LayerLab could follow (keras.Input(...) and layer outputs), so it was not imported.`)
};

export const error_pywarn_models_compiled = /** @type {(inputs: Error_Pywarn_Models_CompiledInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`the code builds ${i?.count} models; LayerLab imported this one (the one compiled last), since a lab holds one model.`)
};

export const error_pywarn_models_made = /** @type {(inputs: Error_Pywarn_Models_MadeInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`the code builds ${i?.count} models; LayerLab imported this one (the one made last), since a lab holds one model.`)
};

export const error_pywarn_models_trained = /** @type {(inputs: Error_Pywarn_Models_TrainedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`the code builds ${i?.count} models; LayerLab imported this one (the one trained last), since a lab holds one model.`)
};

export const error_pywarn_nested_add = /** @type {(inputs: Error_Pywarn_Nested_AddInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`a model is added inside another model (a nested model); LayerLab imports one flat model, so it was left out. Add its layers instead.`)
};

export const error_pywarn_nested_call = /** @type {(inputs: Error_Pywarn_Nested_CallInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`a model is called inside another model (a nested model); LayerLab imports one flat model, so this call was ignored. Build the layers into one model.`)
};

export const error_pywarn_never_compiled = /** @type {(inputs: Error_Pywarn_Never_CompiledInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`the model is never compiled; the lab trains with LayerLab defaults (Adam, sparse categorical cross-entropy).`)
};

export const error_pywarn_never_fit = /** @type {(inputs: Error_Pywarn_Never_FitInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`the model is never trained with fit(); the lab uses LayerLab defaults for epochs, batch size and validation.`)
};

export const error_pywarn_no_dataset = /** @type {(inputs: Error_Pywarn_No_DatasetInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`the code loads no dataset LayerLab has (mnist, fashion_mnist or imdb); choose the dataset in the lab.`)
};

export const error_pywarn_no_loss = /** @type {(inputs: Error_Pywarn_No_LossInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`compile() names no loss; LayerLab uses its default loss.`)
};

export const error_pywarn_not_a_layer = /** @type {(inputs: Error_Pywarn_Not_A_LayerInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.value} is not a Keras layer LayerLab knows (a custom class, or a value the import could not follow), so it was left out of the model.`)
};

export const error_pywarn_not_a_layer_nothing = /** @type {(inputs: Error_Pywarn_Not_A_Layer_NothingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`nothing is not a Keras layer LayerLab knows (a custom class, or a value the import could not follow), so it was left out of the model.`)
};

export const error_pywarn_not_valid_yet = /** @type {(inputs: Error_Pywarn_Not_Valid_YetInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`the imported model is not valid yet: ${i?.issue}`)
};

export const error_pywarn_one_hot = /** @type {(inputs: Error_Pywarn_One_HotInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`the labels are one-hot (to_categorical) but the loss is sparse_categorical_crossentropy, which Keras refuses; the lab uses categorical_crossentropy.`)
};

export const error_pywarn_optimizer_class = /** @type {(inputs: Error_Pywarn_Optimizer_ClassInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`the optimizer ${i?.name} is not available in LayerLab (it has Adam, RMSprop and SGD); the lab trains with Adam, at the learning rate given here if any.`)
};

export const error_pywarn_optimizer_name = /** @type {(inputs: Error_Pywarn_Optimizer_NameInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`the optimizer '${i?.name}' is not available in LayerLab (it has Adam, RMSprop and SGD); the lab trains with Adam.`)
};

export const error_pywarn_optimizer_option = /** @type {(inputs: Error_Pywarn_Optimizer_OptionInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`the optimizer's ${i?.key} is not available in LayerLab; it uses Keras' default for it.`)
};

export const error_pywarn_optimizer_unread = /** @type {(inputs: Error_Pywarn_Optimizer_UnreadInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`the optimizer ${i?.optimizer} could not be read; the lab trains with Adam.`)
};

export const error_pywarn_out_of_steps = /** @type {(inputs: Error_Pywarn_Out_Of_StepsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`LayerLab stopped following the code here after ${i?.steps} steps (a long loop?); what comes after was not imported.`)
};

export const error_pywarn_outputs = /** @type {(inputs: Error_Pywarn_OutputsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`this model has ${i?.count} outputs; a LayerLab model has one, so only the first was imported.`)
};

export const error_pywarn_recursion = /** @type {(inputs: Error_Pywarn_RecursionInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`LayerLab stopped following calls of ${i?.name} here (too deep a recursion).`)
};

export const error_pywarn_shape_unread = /** @type {(inputs: Error_Pywarn_Shape_UnreadInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`the ${i?.key} of this ${i?.name} (${i?.value}) is not a list of sizes LayerLab could read; write it out, like ${i?.key}=(28, 28, 1).`)
};

export const error_pywarn_shared_layer = /** @type {(inputs: Error_Pywarn_Shared_LayerInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`the layer '${i?.layer}' is called again here (a shared layer); LayerLab gives this call its own layer '${i?.copy}' with the same settings, so the two do not share weights.`)
};

export const error_pywarn_train_subset = /** @type {(inputs: Error_Pywarn_Train_SubsetInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`the model trains on training examples ${i?.start} to ${i?.end}; LayerLab trains on the whole training set.`)
};

export const error_pywarn_train_test_split = /** @type {(inputs: Error_Pywarn_Train_Test_SplitInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`train_test_split holds out examples drawn at random; LayerLab holds out the same number from the end of the training set.`)
};

export const error_pywarn_training_setting = /** @type {(inputs: Error_Pywarn_Training_SettingInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`the training setting ${i?.key} = ${i?.value} is not possible in LayerLab (${i?.problem}); the lab uses its default.`)
};

export const error_pywarn_unknown_dataset = /** @type {(inputs: Error_Pywarn_Unknown_DatasetInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.name} is not a dataset LayerLab has (it has mnist, fashion_mnist and imdb); choose the lab's dataset after the import.`)
};

export const error_pywarn_unknown_layer = /** @type {(inputs: Error_Pywarn_Unknown_LayerInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.name} is a Keras layer LayerLab does not have, so it was left out of the model; LayerLab has ${i?.layers}. Replace it with one of those (or remove it) to train the same model.`)
};

export const error_pywarn_unreadable_line = /** @type {(inputs: Error_Pywarn_Unreadable_LineInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`this line is not Python LayerLab can read, so it was skipped; fix it if it matters for the model.`)
};

export const error_pywarn_validation_first = /** @type {(inputs: Error_Pywarn_Validation_FirstInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`the validation data is the first ${i?.count} training examples; LayerLab holds out the same number from the end of the training set (Keras' validation_split).`)
};

export const error_pywarn_validation_split_subset = /** @type {(inputs: Error_Pywarn_Validation_Split_SubsetInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Keras takes the validation_split from the ${i?.count} examples given; LayerLab splits the whole training set first and then trains on the first ${i?.count}, so the numbers differ a little.`)
};

export const error_pywarn_validation_test_part = /** @type {(inputs: Error_Pywarn_Validation_Test_PartInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`the validation data is ${i?.count} of the ${i?.rows} test examples; LayerLab validates on the whole test set.`)
};

export const error_pywarn_validation_unknown = /** @type {(inputs: Error_Pywarn_Validation_UnknownInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`LayerLab could not tell what the validation_data is; the lab validates on the dataset's test set.`)
};

export const error_pywarn_while = /** @type {(inputs: Error_Pywarn_WhileInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`LayerLab does not follow while loops, so this loop was skipped.`)
};

export const error_pywarn_zoom = /** @type {(inputs: Error_Pywarn_ZoomInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`ImageDataGenerator's zoom_range=[${i?.low}, ${i?.high}] is not centred on 1; LayerLab zooms by 1 ± ${i?.zoom} instead.`)
};

export const error_redis_bad_password = /** @type {(inputs: Error_Redis_Bad_PasswordInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`The Redis server at ${i?.where} refused the password: check the one in the address against its requirepass setting.`)
};

export const error_redis_failed = /** @type {(inputs: Error_Redis_FailedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`The Redis server at ${i?.where} failed: ${i?.detail}`)
};

export const error_redis_no_answer = /** @type {(inputs: Error_Redis_No_AnswerInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`The Redis server at ${i?.where} did not answer within ${i?.seconds} s: check that it runs and that the network lets its port through${i?.tls}.`)
};

export const error_redis_no_answer_tls = /** @type {(inputs: Error_Redis_No_Answer_TlsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (` (and that it speaks TLS: a server without it takes redis://)`)
};

export const error_redis_no_host = /** @type {(inputs: Error_Redis_No_HostInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`The host of ${i?.where} was not found: check its name, or give its IP address.`)
};

export const error_redis_refused = /** @type {(inputs: Error_Redis_RefusedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Nothing answers at ${i?.where}: start redis-server there (bound to the lab's network, not only 127.0.0.1), or check the host and port.`)
};

export const error_redis_tls = /** @type {(inputs: Error_Redis_TlsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`The TLS connection to ${i?.where} failed (${i?.detail}): for a classroom's own certificate authority, set NODE_EXTRA_CA_CERTS to its file; a server without TLS takes redis://, not rediss://.`)
};

export const error_redis_unreachable = /** @type {(inputs: Error_Redis_UnreachableInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.where} cannot be reached from this machine (${i?.code}): check the network, and that a firewall lets the port through.`)
};

export const error_redis_wants_password = /** @type {(inputs: Error_Redis_Wants_PasswordInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`The Redis server at ${i?.where} wants a password: give it as redis://:PASSWORD@HOST:PORT.`)
};

export const error_report_attachment_cut = /** @type {(inputs: Error_Report_Attachment_CutInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`its attachment is cut short`)
};

export const error_report_attachment_inflate = /** @type {(inputs: Error_Report_Attachment_InflateInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`its attachment cannot be decompressed`)
};

export const error_report_data_cut = /** @type {(inputs: Error_Report_Data_CutInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`its report data is cut short`)
};

export const error_report_invalid = /** @type {(inputs: Error_Report_InvalidInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`its report data is not valid (${i?.path}: ${i?.detail})`)
};

export const error_report_no_attachment = /** @type {(inputs: Error_Report_No_AttachmentInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`it has no ${i?.name} attached`)
};

export const error_report_no_data = /** @type {(inputs: Error_Report_No_DataInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`it holds no report data (was it saved from LayerLab's Report button?)`)
};

export const error_report_not_json = /** @type {(inputs: Error_Report_Not_JsonInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`its report data is not valid JSON`)
};

export const error_report_not_report = /** @type {(inputs: Error_Report_Not_ReportInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.file} is not a LayerLab report: ${i?.why}.`)
};

export const error_report_the_data = /** @type {(inputs: Error_Report_The_DataInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`the data`)
};

export const error_report_unreadable = /** @type {(inputs: Error_Report_UnreadableInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.file} could not be read as a LayerLab report.`)
};

export const error_reports_folder = /** @type {(inputs: Error_Reports_FolderInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.dir} cannot be read as a folder of reports: choose the folder the students' report files are in.`)
};

export const error_roster_bad_code = /** @type {(inputs: Error_Roster_Bad_CodeInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.where}: '${i?.code}' is not a sign-in code (6 letters and digits without 0, O, 1, I or L); leave it out and one is made.`)
};

export const error_roster_code_taken = /** @type {(inputs: Error_Roster_Code_TakenInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.file}: the code ${i?.code} of '${i?.name}' is already '${i?.owner}'s; leave it out and one is made.`)
};

export const error_roster_line = /** @type {(inputs: Error_Roster_LineInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Line ${i?.line} of ${i?.file}`)
};

export const error_roster_long_name = /** @type {(inputs: Error_Roster_Long_NameInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.where}: the name '${i?.name}…' is longer than ${i?.max} characters.`)
};

export const error_roster_new_student = /** @type {(inputs: Error_Roster_New_StudentInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The new student`)
};

export const error_roster_no_name = /** @type {(inputs: Error_Roster_No_NameInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.where}: a student needs a name.`)
};

export const error_roster_not_roster = /** @type {(inputs: Error_Roster_Not_RosterInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.file} is not a class roster (${i?.detail}); move it aside to start a new class.`)
};

export const error_roster_twice = /** @type {(inputs: Error_Roster_TwiceInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.where}: '${i?.name}' is on the list twice.`)
};

export const error_roster_unreadable = /** @type {(inputs: Error_Roster_UnreadableInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`The class list ${i?.file} cannot be read (${i?.detail}).`)
};

export const error_run_name_empty = /** @type {(inputs: Error_Run_Name_EmptyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`A run name cannot be empty.`)
};

export const error_scriptwarn_augmentation = /** @type {(inputs: Error_Scriptwarn_AugmentationInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Augmentation: Keras 3 has no ImageDataGenerator, so the script uses preprocessing layers with the same ranges; they draw their transforms a little differently (and RandomShear's factor stands for the shear angle).`)
};

export const error_scriptwarn_csv_header = /** @type {(inputs: Error_Scriptwarn_Csv_HeaderInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.path}: pandas takes the first row as the header; LayerLab does so only when it has a name above a number.`)
};

export const error_scriptwarn_folds = /** @type {(inputs: Error_Scriptwarn_FoldsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`The lab validates on fold ${i?.fold} of ${i?.folds}: the script cuts plain folds with numpy's generator, so they hold other examples than LayerLab's.`)
};

export const error_scriptwarn_folds_stratified = /** @type {(inputs: Error_Scriptwarn_Folds_StratifiedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`The lab validates on fold ${i?.fold} of ${i?.folds} (stratified): the script cuts plain folds with numpy's generator, so they hold other examples than LayerLab's.`)
};

export const error_scriptwarn_grid = /** @type {(inputs: Error_Scriptwarn_GridInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The lab's grid is a loop behind RUN_GRID = False, each setting scored as LayerLab scores it.`)
};

export const error_scriptwarn_grid_folds = /** @type {(inputs: Error_Scriptwarn_Grid_FoldsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The lab's grid is a loop behind RUN_GRID = False: plain numpy folds instead of LayerLab's stratified ones, each setting scored as LayerLab scores it.`)
};

export const error_scriptwarn_grid_left_out = /** @type {(inputs: Error_Scriptwarn_Grid_Left_OutInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`The lab's grid (over ${i?.params}) is not in the script, ${i?.why}: it trains the lab's own settings once; run the grid in LayerLab, or loop over the values yourself.`)
};

export const error_scriptwarn_image_folder = /** @type {(inputs: Error_Scriptwarn_Image_FolderInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.path}: Keras shuffles and resizes the images its own way, so the order (and a validation split taken from the end) differs from LayerLab's.`)
};

export const error_scriptwarn_imdb = /** @type {(inputs: Error_Scriptwarn_ImdbInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`IMDB: Keras' copy of the reviews is tokenized by Keras, LayerLab tokenizes the original reviews itself, so a few word columns differ.`)
};

export const error_scriptwarn_no_test_set = /** @type {(inputs: Error_Scriptwarn_No_Test_SetInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The lab validates on the test set, but this dataset has none: choose a validation split instead.`)
};

export const error_scriptwarn_not_valid = /** @type {(inputs: Error_Scriptwarn_Not_ValidInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`The model is not valid yet, so Keras will stop at it: ${i?.issue}`)
};

export const error_scriptwarn_sweeps_fixed = /** @type {(inputs: Error_Scriptwarn_Sweeps_FixedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.path} (not a setting the loop can vary)`)
};

export const error_scriptwarn_sweeps_problem = /** @type {(inputs: Error_Scriptwarn_Sweeps_ProblemInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.path} (${i?.problem})`)
};

export const error_scriptwarn_sweeps_training = /** @type {(inputs: Error_Scriptwarn_Sweeps_TrainingInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`training.${i?.key} (the loop sweeps layer settings and learningRate)`)
};

export const error_scriptwarn_synthetic = /** @type {(inputs: Error_Scriptwarn_SyntheticInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.shape}: numpy draws other random points than LayerLab's generator (same shapes, noise and sizes), so the numbers differ a little.`)
};

export const error_scriptwarn_why_augments = /** @type {(inputs: Error_Scriptwarn_Why_AugmentsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`since it augments or shuffles labels`)
};

export const error_scriptwarn_why_sweeps = /** @type {(inputs: Error_Scriptwarn_Why_SweepsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`since it sweeps ${i?.what}`)
};

export const error_scriptwarn_why_unexpandable = /** @type {(inputs: Error_Scriptwarn_Why_UnexpandableInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`since it cannot be expanded (${i?.error})`)
};

export const error_split_empty = /** @type {(inputs: Error_Split_EmptyInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`A validation split of ${i?.fraction} leaves no training or no validation examples out of ${i?.count}; choose a fraction like 0.2.`)
};

export const error_store_cannot_open = /** @type {(inputs: Error_Store_Cannot_OpenInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`The run store ${i?.file} cannot be opened (${i?.detail}): check that its folder exists and is writable, or set LAYERLAB_HOME to a folder you can write to.`)
};

export const error_store_closed = /** @type {(inputs: Error_Store_ClosedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`The run store ${i?.file} is closed (moving it aside failed); restart LayerLab to open it again.`)
};

export const error_store_damaged = /** @type {(inputs: Error_Store_DamagedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`The run store ${i?.file} is damaged (${i?.detail}). ${i?.advice}`)
};

export const error_store_damaged_insights = /** @type {(inputs: Error_Store_Damaged_InsightsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`The run store ${i?.file} is damaged (run ${i?.run}'s insights of epoch ${i?.epoch} cannot be read: ${i?.detail}). ${i?.advice}`)
};

export const error_store_full = /** @type {(inputs: Error_Store_FullInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`The run store ${i?.file} could not be written: the disk is full. Free some space; finished epochs are kept, and LayerLab writes what is pending when it can.`)
};

export const error_store_future = /** @type {(inputs: Error_Store_FutureInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`The run store ${i?.file} was written by a newer LayerLab (schema ${i?.version}, this one knows ${i?.current}). Update LayerLab, or move the file away to start a new store.`)
};

export const error_store_io = /** @type {(inputs: Error_Store_IoInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`The run store ${i?.file} could not be read or written (${i?.code}: ${i?.detail}); check the disk, then try again.`)
};

export const error_store_locked = /** @type {(inputs: Error_Store_LockedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`The run store ${i?.file} is locked by another program; close it (or the other LayerLab) and try again.`)
};

export const error_store_needs_folder = /** @type {(inputs: Error_Store_Needs_FolderInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.why} The run store ${i?.file} needs it: set LAYERLAB_HOME to a folder you can write to.`)
};

export const error_store_nothing_to_move = /** @type {(inputs: Error_Store_Nothing_To_MoveInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`There is no run store at ${i?.file} to move aside.`)
};

export const error_store_read_only = /** @type {(inputs: Error_Store_Read_OnlyInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`The run store ${i?.file} cannot be written (${i?.detail}): make it and its folder writable, or set LAYERLAB_HOME to a folder you can write to.`)
};

export const error_store_repair_advice = /** @type {(inputs: Error_Store_Repair_AdviceInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`LayerLab can move it aside, keeping a copy, and start a new store with what can still be read ("Move the damaged store aside" in the app, or \`layerlab store repair\`); by hand, quit LayerLab and rename ${i?.file} (and its -wal and -shm files, if any).`)
};

export const error_subset_too_large = /** @type {(inputs: Error_Subset_Too_LargeInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`The training subset of ${i?.subset} examples is larger than the ${i?.count} training examples available; choose at most ${i?.count}.`)
};

export const error_synthetic_classes = /** @type {(inputs: Error_Synthetic_ClassesInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`The ${i?.shape} set has exactly ${i?.fixed} classes, not ${i?.classes}: set classes to ${i?.fixed}, or pick spirals for more classes.`)
};

export const error_trainer_ended = /** @type {(inputs: Error_Trainer_EndedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The trainer process ended without a result.`)
};

export const error_trainer_how_exited = /** @type {(inputs: Error_Trainer_How_ExitedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`exited with code ${i?.code}`)
};

export const error_trainer_how_killed = /** @type {(inputs: Error_Trainer_How_KilledInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`was killed (${i?.signal})`)
};

export const error_trainer_no_answer = /** @type {(inputs: Error_Trainer_No_AnswerInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The trainer process ended without an answer.`)
};

export const error_trainer_no_start = /** @type {(inputs: Error_Trainer_No_StartInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`The trainer process could not start: ${i?.detail}`)
};

export const error_trainer_stopped = /** @type {(inputs: Error_Trainer_StoppedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`The trainer process ${i?.how} before the run finished.`)
};

export const error_trainer_stopped_said = /** @type {(inputs: Error_Trainer_Stopped_SaidInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`The trainer process ${i?.how} before the run finished: ${i?.tail}.`)
};

export const error_two_sentences = /** @type {(inputs: Error_Two_SentencesInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.first} ${i?.second}`)
};

export const error_weights_extra = /** @type {(inputs: Error_Weights_ExtraInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.source} has a weight ${i?.weight} that this model has no place for; continue from a run of the same model.`)
};

export const error_weights_no_weight = /** @type {(inputs: Error_Weights_No_WeightInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.source} has no weight ${i?.weight} for layer '${i?.layer}'; continue from a run of the same model.`)
};

export const error_weights_run = /** @type {(inputs: Error_Weights_RunInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Run '${i?.name}'`)
};

export const error_weights_shape = /** @type {(inputs: Error_Weights_ShapeInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.source} has ${i?.weight} of shape ${i?.shape}, but layer '${i?.layer}' of this model needs ${i?.needs}; continue from a run of the same model.`)
};

export const error_weights_stored_missing = /** @type {(inputs: Error_Weights_Stored_MissingInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`The stored weights have no ${i?.weight}, but layer '${i?.layer}' needs [${i?.needs}]; start from a run of the same model.`)
};

export const error_weights_stored_shape = /** @type {(inputs: Error_Weights_Stored_ShapeInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`The stored weights have ${i?.weight} of shape [${i?.shape}], but layer '${i?.layer}' needs [${i?.needs}]; start from a run of the same model.`)
};

export const error_what_keras_json = /** @type {(inputs: Error_What_Keras_JsonInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`a Keras model JSON`)
};

export const error_what_lab_file = /** @type {(inputs: Error_What_Lab_FileInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`a lab file`)
};

export const error_what_python_file = /** @type {(inputs: Error_What_Python_FileInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`a Python file`)
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

export const grid_accuracy = /** @type {(inputs: Grid_AccuracyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Accuracy`)
};

export const grid_at_least_one_layer = /** @type {(inputs: Grid_At_Least_One_LayerInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`A sweep drives at least one layer.`)
};

export const grid_back = /** @type {(inputs: Grid_BackInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`✕ Back to the model`)
};

export const grid_back_title = /** @type {(inputs: Grid_Back_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Back to the model (Esc)`)
};

export const grid_back_to_model = /** @type {(inputs: Grid_Back_To_ModelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`← Back to the model`)
};

export const grid_best = /** @type {(inputs: Grid_BestInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Best`)
};

export const grid_best_first = /** @type {(inputs: Grid_Best_FirstInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Best first`)
};

export const grid_best_so_far = /** @type {(inputs: Grid_Best_So_FarInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Best so far`)
};

export const grid_col_fold = /** @type {(inputs: Grid_Col_FoldInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`fold ${i?.n}`)
};

export const grid_col_holdout = /** @type {(inputs: Grid_Col_HoldoutInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`holdout`)
};

export const grid_col_mean = /** @type {(inputs: Grid_Col_MeanInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`mean`)
};

export const grid_col_rank = /** @type {(inputs: Grid_Col_RankInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`rank`)
};

export const grid_col_status = /** @type {(inputs: Grid_Col_StatusInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`status`)
};

export const grid_curves = /** @type {(inputs: Grid_CurvesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Learning curves`)
};

export const grid_curves_appear = /** @type {(inputs: Grid_Curves_AppearInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Curves appear here as settings finish.`)
};

export const grid_curves_label = /** @type {(inputs: Grid_Curves_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Learning curves of the settings`)
};

export const grid_delete = /** @type {(inputs: Grid_DeleteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Delete`)
};

export const grid_delete_sure = /** @type {(inputs: Grid_Delete_SureInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sure?`)
};

export const grid_each_fold = /** @type {(inputs: Grid_Each_FoldInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`each fold's score`)
};

export const grid_earlier = /** @type {(inputs: Grid_EarlierInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Show earlier grids →`)
};

export const grid_empty = /** @type {(inputs: Grid_EmptyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`No grid has run yet. Sweep settings with + sweep and press Run grid in the Grid tab.`)
};

export const grid_estimating = /** @type {(inputs: Grid_EstimatingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`estimating the time left…`)
};

export const grid_eval = /** @type {(inputs: Grid_EvalInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`score each setting by`)
};

export const grid_eval_holdout = /** @type {(inputs: Grid_Eval_HoldoutInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`one holdout split`)
};

export const grid_eval_kfold = /** @type {(inputs: Grid_Eval_KfoldInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`k-fold cross-validation`)
};

export const grid_export_csv = /** @type {(inputs: Grid_Export_CsvInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Export CSV`)
};

export const grid_export_csv_title = /** @type {(inputs: Grid_Export_Csv_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The results table as a CSV file`)
};

export const grid_fold1_only = /** @type {(inputs: Grid_Fold1_OnlyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`fold 1 only`)
};

export const grid_folds = /** @type {(inputs: Grid_FoldsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`folds`)
};

export const grid_folds_times = /** @type {(inputs: Grid_Folds_TimesInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`× ${i?.folds} folds`)
};

export const grid_from = /** @type {(inputs: Grid_FromInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`from`)
};

export const grid_heading = /** @type {(inputs: Grid_HeadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Grid search`)
};

export const grid_heatmap = /** @type {(inputs: Grid_HeatmapInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Heat map`)
};

export const grid_heatmap_fallback = /** @type {(inputs: Grid_Heatmap_FallbackInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Heat map of the grid's mean scores.`)
};

export const grid_heatmap_label = /** @type {(inputs: Grid_Heatmap_LabelInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Mean ${i?.metric} for each pair of values; the numbers are in the table`)
};

export const grid_hint = /** @type {(inputs: Grid_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sweep up to 4 settings with + sweep beside a field in Layer or Data & training.`)
};

export const grid_holdout_fraction = /** @type {(inputs: Grid_Holdout_FractionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`fraction held out`)
};

export const grid_how_values = /** @type {(inputs: Grid_How_ValuesInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.label}: how to give the values`)
};

export const grid_intro = /** @type {(inputs: Grid_IntroInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Train every combination of the settings you sweep and score each by cross-validation, as scikit-learn's GridSearchCV does.`)
};

export const grid_key_training = /** @type {(inputs: Grid_Key_TrainingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`training`)
};

export const grid_key_validation = /** @type {(inputs: Grid_Key_ValidationInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`validation · colours as in the table`)
};

export const grid_log_loss = /** @type {(inputs: Grid_Log_LossInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`log loss axis`)
};

export const grid_loss = /** @type {(inputs: Grid_LossInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Loss`)
};

export const grid_mean = /** @type {(inputs: Grid_MeanInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`mean ${i?.metric}`)
};

export const grid_mean_of_folds = /** @type {(inputs: Grid_Mean_Of_FoldsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`mean of the ${i?.folds} folds`)
};

export const grid_mean_title = /** @type {(inputs: Grid_Mean_TitleInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Mean ${i?.metric} over the folds, best first`)
};

export const grid_mode_list = /** @type {(inputs: Grid_Mode_ListInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`list`)
};

export const grid_mode_range = /** @type {(inputs: Grid_Mode_RangeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`range`)
};

export const grid_no_best_yet = /** @type {(inputs: Grid_No_Best_YetInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`No setting has finished yet: the best appears here, and in the table and the heat map.`)
};

export const grid_none_swept = /** @type {(inputs: Grid_None_SweptInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`No settings swept yet.`)
};

export const grid_none_swept_how = /** @type {(inputs: Grid_None_Swept_HowInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Press + sweep beside a field to try several values of it: units, dropout rate or regularizer strength in`)
};

export const grid_none_swept_how_2 = /** @type {(inputs: Grid_None_Swept_How_2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`; learning rate, batch size or optimizer in`)
};

export const grid_none_swept_how_3 = /** @type {(inputs: Grid_None_Swept_How_3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`.`)
};

export const grid_not_ready = /** @type {(inputs: Grid_Not_ReadyInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Not ready to run the grid: ${i?.why}`)
};

export const grid_on_curves = /** @type {(inputs: Grid_On_CurvesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`On the curves`)
};

export const grid_on_pool = /** @type {(inputs: Grid_On_PoolInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Run on the lab's workers`)
};

export const grid_on_pool_connect_first = /** @type {(inputs: Grid_On_Pool_Connect_FirstInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Connect to a pool of workers above first`)
};

export const grid_on_pool_title = /** @type {(inputs: Grid_On_Pool_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Queue the training runs on the pool's workers instead of this computer`)
};

export const grid_one_problem = /** @type {(inputs: Grid_One_ProblemInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`One problem to fix first (above).`)
};

export const grid_one_value_each = /** @type {(inputs: Grid_One_Value_EachInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`One value for each ticked layer`)
};

export const grid_output = /** @type {(inputs: Grid_OutputInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`(output)`)
};

export const grid_output_note = /** @type {(inputs: Grid_Output_NoteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Keras courses regularize the hidden layers and leave the output layer alone: untick the output to do the same.`)
};

export const grid_parallel = /** @type {(inputs: Grid_ParallelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`trainers at once`)
};

export const grid_parallel_auto = /** @type {(inputs: Grid_Parallel_AutoInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`auto`)
};

export const grid_parallel_hint = /** @type {(inputs: Grid_Parallel_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`empty: one per core`)
};

export const grid_pool_address = /** @type {(inputs: Grid_Pool_AddressInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Redis server`)
};

export const grid_pool_connect = /** @type {(inputs: Grid_Pool_ConnectInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Connect`)
};

export const grid_pool_connected = /** @type {(inputs: Grid_Pool_ConnectedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Connected to ${i?.url}.`)
};

export const grid_pool_connecting = /** @type {(inputs: Grid_Pool_ConnectingInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Connecting to ${i?.url}…`)
};

export const grid_pool_disconnect = /** @type {(inputs: Grid_Pool_DisconnectInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Disconnect`)
};

export const grid_pool_hint = /** @type {(inputs: Grid_Pool_HintInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Train the grid on other PCs: start ${i?.command} on each, and connect to the same Redis server here.`)
};

export const grid_pool_jobs = /** @type {(inputs: Grid_Pool_JobsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.active} / ${i?.concurrency} jobs`)
};

export const grid_pool_jobs_one = /** @type {(inputs: Grid_Pool_Jobs_OneInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.active} / ${i?.concurrency} job`)
};

export const grid_pool_no_dataset = /** @type {(inputs: Grid_Pool_No_DatasetInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`No worker has ${i?.dataset}: start workers with --data-dir set to a folder that holds it (layerlab datasets --download ${i?.name} fetches it).`)
};

export const grid_pool_no_datasets = /** @type {(inputs: Grid_Pool_No_DatasetsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`no built-in datasets`)
};

export const grid_pool_no_worker = /** @type {(inputs: Grid_Pool_No_WorkerInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`No worker has joined yet: start one on each lab PC with layerlab worker --redis ${i?.url}.`)
};

export const grid_pool_not_connected = /** @type {(inputs: Grid_Pool_Not_ConnectedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`not connected`)
};

export const grid_pool_not_ready = /** @type {(inputs: Grid_Pool_Not_ReadyInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Not ready to run the grid on the lab's workers: the pool is ${i?.state} (connect under Lab workers, or untick "Run on the lab's workers" to train here).`)
};

export const grid_pool_off = /** @type {(inputs: Grid_Pool_OffInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Not connected: grids train on this computer.`)
};

export const grid_pool_on_host = /** @type {(inputs: Grid_Pool_On_HostInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`on ${i?.host}`)
};

export const grid_pool_password = /** @type {(inputs: Grid_Pool_PasswordInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`password`)
};

export const grid_pool_password_if = /** @type {(inputs: Grid_Pool_Password_IfInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`(if it has one)`)
};

export const grid_pool_queue = /** @type {(inputs: Grid_Pool_QueueInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Queue: ${i?.queue}`)
};

export const grid_pool_queue_line = /** @type {(inputs: Grid_Pool_Queue_LineInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.waiting} waiting · ${i?.active} training`)
};

export const grid_pool_requeued = /** @type {(inputs: Grid_Pool_RequeuedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`A worker was lost mid-fold; the fold went back to the pool's queue.`)
};

export const grid_pool_title = /** @type {(inputs: Grid_Pool_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Lab workers`)
};

export const grid_pool_unreachable = /** @type {(inputs: Grid_Pool_UnreachableInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.url} cannot be reached.`)
};

export const grid_pool_workers = /** @type {(inputs: Grid_Pool_WorkersInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Workers`)
};

export const grid_problems = /** @type {(inputs: Grid_ProblemsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.count} problems to fix first (above).`)
};

export const grid_progress = /** @type {(inputs: Grid_ProgressInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Grid progress`)
};

export const grid_progress_runs = /** @type {(inputs: Grid_Progress_RunsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`· ${i?.done} / ${i?.total} training runs`)
};

export const grid_progress_settings = /** @type {(inputs: Grid_Progress_SettingsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.done} / ${i?.total} settings`)
};

export const grid_ran_on = /** @type {(inputs: Grid_Ran_OnInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`This grid ran on ${i?.when}: its results are kept.`)
};

export const grid_random_between = /** @type {(inputs: Grid_Random_BetweenInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`random draws between ${i?.values} (${i?.scale})`)
};

export const grid_rank_accuracy = /** @type {(inputs: Grid_Rank_AccuracyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`val_accuracy (higher is better)`)
};

export const grid_rank_by = /** @type {(inputs: Grid_Rank_ByInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`rank the settings by`)
};

export const grid_rank_loss = /** @type {(inputs: Grid_Rank_LossInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`val_loss (lower is better)`)
};

export const grid_refit = /** @type {(inputs: Grid_RefitInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`refit the best setting on all the training data and score it on the test set`)
};

export const grid_refit_later = /** @type {(inputs: Grid_Refit_LaterInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The best setting is refit on all the training data when every setting is done.`)
};

export const grid_refit_on_all = /** @type {(inputs: Grid_Refit_On_AllInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Refit on all the training data:`)
};

export const grid_refit_test = /** @type {(inputs: Grid_Refit_TestInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`test accuracy ${i?.accuracy}, test loss ${i?.loss}.`)
};

export const grid_refit_training = /** @type {(inputs: Grid_Refit_TrainingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`training…`)
};

export const grid_refitting = /** @type {(inputs: Grid_RefittingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`· refitting the best setting…`)
};

export const grid_remove = /** @type {(inputs: Grid_RemoveInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Remove the grid`)
};

export const grid_remove_from_grid = /** @type {(inputs: Grid_Remove_From_GridInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Remove from the grid`)
};

export const grid_results_label = /** @type {(inputs: Grid_Results_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Grid search results`)
};

export const grid_results_link = /** @type {(inputs: Grid_Results_LinkInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Results →`)
};

export const grid_resume = /** @type {(inputs: Grid_ResumeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`▶ Resume grid`)
};

export const grid_run = /** @type {(inputs: Grid_RunInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`▶ Run grid`)
};

export const grid_run_again = /** @type {(inputs: Grid_Run_AgainInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Run again`)
};

export const grid_run_again_title = /** @type {(inputs: Grid_Run_Again_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Train every setting again, in a new grid`)
};

export const grid_scale = /** @type {(inputs: Grid_ScaleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`scale`)
};

export const grid_scale_linear = /** @type {(inputs: Grid_Scale_LinearInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`linear`)
};

export const grid_scale_log = /** @type {(inputs: Grid_Scale_LogInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`log`)
};

export const grid_search = /** @type {(inputs: Grid_SearchInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`search`)
};

export const grid_search_grid = /** @type {(inputs: Grid_Search_GridInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`every combination (grid)`)
};

export const grid_search_random = /** @type {(inputs: Grid_Search_RandomInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`random draws (random search)`)
};

export const grid_select = /** @type {(inputs: Grid_SelectInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Grid`)
};

export const grid_settings_many = /** @type {(inputs: Grid_Settings_ManyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`settings`)
};

export const grid_settings_one = /** @type {(inputs: Grid_Settings_OneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`setting`)
};

export const grid_show = /** @type {(inputs: Grid_ShowInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`show`)
};

export const grid_show_all = /** @type {(inputs: Grid_Show_AllInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`all`)
};

export const grid_show_best3 = /** @type {(inputs: Grid_Show_Best3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`best 3`)
};

export const grid_show_none = /** @type {(inputs: Grid_Show_NoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`none`)
};

export const grid_show_on_curves = /** @type {(inputs: Grid_Show_On_CurvesInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Show ${i?.label} on the curves`)
};

export const grid_show_results = /** @type {(inputs: Grid_Show_ResultsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Show its results`)
};

export const grid_start_over = /** @type {(inputs: Grid_Start_OverInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Start over`)
};

export const grid_start_over_title = /** @type {(inputs: Grid_Start_Over_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Run every setting again, in a new grid`)
};

export const grid_status_completed = /** @type {(inputs: Grid_Status_CompletedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`completed`)
};

export const grid_status_failed = /** @type {(inputs: Grid_Status_FailedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`failed`)
};

export const grid_status_interrupted = /** @type {(inputs: Grid_Status_InterruptedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`interrupted`)
};

export const grid_status_running = /** @type {(inputs: Grid_Status_RunningInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`running`)
};

export const grid_status_stopped = /** @type {(inputs: Grid_Status_StoppedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`stopped`)
};

export const grid_std_title = /** @type {(inputs: Grid_Std_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Standard deviation over the folds: how much the score depends on the split`)
};

export const grid_steps = /** @type {(inputs: Grid_StepsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`steps`)
};

export const grid_stop = /** @type {(inputs: Grid_StopInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`■ Stop`)
};

export const grid_stop_grid = /** @type {(inputs: Grid_Stop_GridInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`■ Stop grid`)
};

export const grid_stop_sweeping = /** @type {(inputs: Grid_Stop_SweepingInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Stop sweeping ${i?.label}`)
};

export const grid_stratified = /** @type {(inputs: Grid_StratifiedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`stratified`)
};

export const grid_sweep = /** @type {(inputs: Grid_SweepInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`+ sweep`)
};

export const grid_sweep_full = /** @type {(inputs: Grid_Sweep_FullInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`A grid sweeps at most ${i?.count} settings.`)
};

export const grid_sweep_label = /** @type {(inputs: Grid_Sweep_LabelInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Sweep ${i?.label}`)
};

export const grid_sweep_one_value = /** @type {(inputs: Grid_Sweep_One_ValueInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sweep with one value for:`)
};

export const grid_sweep_title = /** @type {(inputs: Grid_Sweep_TitleInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Try several values of ${i?.label} in a grid search, each scored by cross-validation.`)
};

export const grid_sweep_which = /** @type {(inputs: Grid_Sweep_WhichInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Which layers to sweep`)
};

export const grid_sweeping_notice = /** @type {(inputs: Grid_Sweeping_NoticeInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Sweeping ${i?.label} over ${i?.values}: see the Grid tab.`)
};

export const grid_swept = /** @type {(inputs: Grid_SweptInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`✓ swept`)
};

export const grid_swept_by = /** @type {(inputs: Grid_Swept_ByInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.name} is swept by ${i?.by}; remove that sweep to tick it here.`)
};

export const grid_swept_label = /** @type {(inputs: Grid_Swept_LabelInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.label}: swept in the grid`)
};

export const grid_swept_title = /** @type {(inputs: Grid_Swept_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`This setting is swept in the grid search: show it in the Grid tab.`)
};

export const grid_table_tools = /** @type {(inputs: Grid_Table_ToolsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.count} settings · tick to draw their curves`)
};

export const grid_the_model = /** @type {(inputs: Grid_The_ModelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`← The model`)
};

export const grid_then_refit = /** @type {(inputs: Grid_Then_RefitInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`, then 1 refit`)
};

export const grid_tick_settings = /** @type {(inputs: Grid_Tick_SettingsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Tick settings in the table to see their curves.`)
};

export const grid_to = /** @type {(inputs: Grid_ToInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`to`)
};

export const grid_training_runs = /** @type {(inputs: Grid_Training_RunsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`training runs`)
};

export const grid_trials = /** @type {(inputs: Grid_TrialsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`settings to draw`)
};

export const grid_unfinished = /** @type {(inputs: Grid_UnfinishedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`An unfinished grid of this lab (${i?.done} of ${i?.total} settings done) is kept: Resume runs only what is missing.`)
};

export const grid_values_count = /** @type {(inputs: Grid_Values_CountInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.count} values: ${i?.values}`)
};

export const grid_values_label = /** @type {(inputs: Grid_Values_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`values, separated by commas`)
};

export const grid_which_folds = /** @type {(inputs: Grid_Which_FoldsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Which folds`)
};

export const guide_all_steps = /** @type {(inputs: Guide_All_StepsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`All steps`)
};

export const guide_answer = /** @type {(inputs: Guide_AnswerInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`answer`)
};

export const guide_back = /** @type {(inputs: Guide_BackInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Back`)
};

export const guide_check_a_run = /** @type {(inputs: Guide_Check_A_RunInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`A run`)
};

export const guide_check_a_run_where = /** @type {(inputs: Guide_Check_A_Run_WhereInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`A run ${i?.filter}`)
};

export const guide_check_above = /** @type {(inputs: Guide_Check_AboveInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`above ${i?.value}`)
};

export const guide_check_at_best = /** @type {(inputs: Guide_Check_At_BestInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`best`)
};

export const guide_check_at_last = /** @type {(inputs: Guide_Check_At_LastInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`last`)
};

export const guide_check_below = /** @type {(inputs: Guide_Check_BelowInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`below ${i?.value}`)
};

export const guide_check_compared = /** @type {(inputs: Guide_Check_ComparedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.runs}.`)
};

export const guide_check_early_stopped = /** @type {(inputs: Guide_Check_Early_StoppedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.run}: early stopping stopped it after epoch ${i?.epoch} of ${i?.planned}.`)
};

export const guide_check_first_layer = /** @type {(inputs: Guide_Check_First_LayerInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`first layer`)
};

export const guide_check_grid_done = /** @type {(inputs: Guide_Check_Grid_DoneInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Grid '${i?.name}' finished ${i?.settings} settings of ${i?.folds} folds.`)
};

export const guide_check_grid_unfinished = /** @type {(inputs: Guide_Check_Grid_UnfinishedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Grid '${i?.name}' is ${i?.status} with ${i?.settings} settings of ${i?.folds} folds done: run the grid to the end.`)
};

export const guide_check_label_compared = /** @type {(inputs: Guide_Check_Label_ComparedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.count} finished runs compared: ${i?.runs}`)
};

export const guide_check_label_early_stopped = /** @type {(inputs: Guide_Check_Label_Early_StoppedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.aRun} that early stopping stopped before its last epoch`)
};

export const guide_check_label_grid = /** @type {(inputs: Guide_Check_Label_GridInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`A finished grid with at least ${i?.settings} settings of ${i?.folds} folds each`)
};

export const guide_check_label_metric = /** @type {(inputs: Guide_Check_Label_MetricInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.aRun} whose ${i?.at} ${i?.metric} is ${i?.bounds}`)
};

export const guide_check_label_overfits = /** @type {(inputs: Guide_Check_Label_OverfitsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.aRun} whose val_loss rises for ${i?.epochs} epochs in a row after its minimum`)
};

export const guide_check_label_smoothing = /** @type {(inputs: Guide_Check_Label_SmoothingInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`label smoothing ${i?.value}`)
};

export const guide_check_label_sparsity = /** @type {(inputs: Guide_Check_Label_SparsityInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.aRun} whose ${i?.layer} has more than ${i?.above} of its weights at ~0`)
};

export const guide_check_layer_named = /** @type {(inputs: Guide_Check_Layer_NamedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`layer '${i?.name}'`)
};

export const guide_check_learning_rate = /** @type {(inputs: Guide_Check_Learning_RateInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`learning rate ${i?.value}`)
};

export const guide_check_metric = /** @type {(inputs: Guide_Check_MetricInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.run}: ${i?.at} ${i?.metric} ${i?.value}.`)
};

export const guide_check_no_grid = /** @type {(inputs: Guide_Check_No_GridInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`No grid of this lab yet: press "Run grid".`)
};

export const guide_check_no_metric = /** @type {(inputs: Guide_Check_No_MetricInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.run} has no ${i?.metric}.`)
};

export const guide_check_no_run = /** @type {(inputs: Guide_Check_No_RunInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`No finished run yet: train one.`)
};

export const guide_check_no_run_where = /** @type {(inputs: Guide_Check_No_Run_WhereInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`No finished run ${i?.filter} yet: train one.`)
};

export const guide_check_no_val_loss = /** @type {(inputs: Guide_Check_No_Val_LossInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.run} has no val_loss (no validation).`)
};

export const guide_check_no_weights = /** @type {(inputs: Guide_Check_No_WeightsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.run} recorded no weights: train it again in this version of LayerLab.`)
};

export const guide_check_no_weights_layer = /** @type {(inputs: Guide_Check_No_Weights_LayerInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.run} recorded no weights for layer '${i?.layer}': train it again in this version of LayerLab.`)
};

export const guide_check_not_early_stopped = /** @type {(inputs: Guide_Check_Not_Early_StoppedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.run} trained all ${i?.planned} epochs: early stopping did not stop it.`)
};

export const guide_check_not_overfit_last = /** @type {(inputs: Guide_Check_Not_Overfit_LastInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.run}: val_loss lowest at epoch ${i?.best} (${i?.value}), its last epoch: it has not risen for ${i?.epochs} epochs yet. Train longer, or a bigger model.`)
};

export const guide_check_not_overfit_more = /** @type {(inputs: Guide_Check_Not_Overfit_MoreInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.run}: val_loss lowest at epoch ${i?.best} (${i?.value}), then ${i?.after} epochs more: it has not risen for ${i?.epochs} epochs yet. Train longer, or a bigger model.`)
};

export const guide_check_not_overfit_one = /** @type {(inputs: Guide_Check_Not_Overfit_OneInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.run}: val_loss lowest at epoch ${i?.best} (${i?.value}), then 1 epoch more: it has not risen for ${i?.epochs} epochs yet. Train longer, or a bigger model.`)
};

export const guide_check_on_layer = /** @type {(inputs: Guide_Check_On_LayerInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`on ${i?.name}`)
};

export const guide_check_on_layers = /** @type {(inputs: Guide_Check_On_LayersInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`on ${i?.count} layers`)
};

export const guide_check_one_any = /** @type {(inputs: Guide_Check_One_AnyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`one of any kind`)
};

export const guide_check_one_where = /** @type {(inputs: Guide_Check_One_WhereInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`one ${i?.filter}`)
};

export const guide_check_open = /** @type {(inputs: Guide_Check_OpenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`not passed yet`)
};

export const guide_check_overfit = /** @type {(inputs: Guide_Check_OverfitInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.run}: val_loss lowest at epoch ${i?.best} (${i?.value}), then rose for ${i?.rose} epochs (${i?.last} at epoch ${i?.lastEpoch}).`)
};

export const guide_check_passed = /** @type {(inputs: Guide_Check_PassedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`passed`)
};

export const guide_check_recorded = /** @type {(inputs: Guide_Check_RecordedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`recorded`)
};

export const guide_check_run = /** @type {(inputs: Guide_Check_RunInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Run '${i?.name}' (${i?.parts})`)
};

export const guide_check_same_run = /** @type {(inputs: Guide_Check_Same_RunInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The same run cannot stand for two of these: train one run for each.`)
};

export const guide_check_sparsity = /** @type {(inputs: Guide_Check_SparsityInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.run}: ${i?.layer} has ${i?.sparsity} of its weights at ~0.`)
};

export const guide_check_sparsity_short = /** @type {(inputs: Guide_Check_Sparsity_ShortInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.run}: ${i?.layer} has ${i?.sparsity} of its weights at ~0 (more than ${i?.needed} needed).`)
};

export const guide_checks = /** @type {(inputs: Guide_ChecksInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Checks`)
};

export const guide_every_check_passes = /** @type {(inputs: Guide_Every_Check_PassesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Every check passes`)
};

export const guide_filter_augmentation = /** @type {(inputs: Guide_Filter_AugmentationInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`augmentation`)
};

export const guide_filter_both = /** @type {(inputs: Guide_Filter_BothInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.with} ${i?.without}`)
};

export const guide_filter_data_augmentation = /** @type {(inputs: Guide_Filter_Data_AugmentationInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`data augmentation`)
};

export const guide_filter_early_stopping = /** @type {(inputs: Guide_Filter_Early_StoppingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`early stopping`)
};

export const guide_filter_l1_or_l2 = /** @type {(inputs: Guide_Filter_L1_Or_L2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`L1 or L2`)
};

export const guide_filter_lr_at_least = /** @type {(inputs: Guide_Filter_Lr_At_LeastInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`a learning rate of at least ${i?.value}`)
};

export const guide_filter_lr_at_most = /** @type {(inputs: Guide_Filter_Lr_At_MostInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`a learning rate of at most ${i?.value}`)
};

export const guide_filter_params_at_least = /** @type {(inputs: Guide_Filter_Params_At_LeastInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`at least ${i?.count} parameters`)
};

export const guide_filter_params_at_most = /** @type {(inputs: Guide_Filter_Params_At_MostInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`at most ${i?.count} parameters`)
};

export const guide_filter_shuffled_labels = /** @type {(inputs: Guide_Filter_Shuffled_LabelsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`shuffled labels`)
};

export const guide_filter_smoothing_at_least = /** @type {(inputs: Guide_Filter_Smoothing_At_LeastInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`label smoothing of at least ${i?.value}`)
};

export const guide_filter_weight_penalty = /** @type {(inputs: Guide_Filter_Weight_PenaltyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`a weight penalty`)
};

export const guide_filter_with = /** @type {(inputs: Guide_Filter_WithInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`with ${i?.list}`)
};

export const guide_filter_without = /** @type {(inputs: Guide_Filter_WithoutInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`without ${i?.list}`)
};

export const guide_layers_toggle = /** @type {(inputs: Guide_Layers_ToggleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Layers`)
};

export const guide_layers_toggle_title = /** @type {(inputs: Guide_Layers_Toggle_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Show the layers to add instead of the steps`)
};

export const guide_list_and = /** @type {(inputs: Guide_List_AndInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.head} and ${i?.last}`)
};

export const guide_list_comma = /** @type {(inputs: Guide_List_CommaInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`, `)
};

export const guide_list_semicolon = /** @type {(inputs: Guide_List_SemicolonInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`; `)
};

export const guide_minutes = /** @type {(inputs: Guide_MinutesInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`about ${i?.count} minutes`)
};

export const guide_minutes_one = /** @type {(inputs: Guide_Minutes_OneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`about 1 minute`)
};

export const guide_minutes_under = /** @type {(inputs: Guide_Minutes_UnderInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`under a minute`)
};

export const guide_name_placeholder = /** @type {(inputs: Guide_Name_PlaceholderInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`for your report`)
};

export const guide_next = /** @type {(inputs: Guide_NextInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Next`)
};

export const guide_no_steps = /** @type {(inputs: Guide_No_StepsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`This lab has no steps yet.`)
};

export const guide_not_checked = /** @type {(inputs: Guide_Not_CheckedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Not checked yet`)
};

export const guide_set_up = /** @type {(inputs: Guide_Set_UpInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Set up this step`)
};

export const guide_setup_done = /** @type {(inputs: Guide_Setup_DoneInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Set up “${i?.title}”: ${i?.what}. Undo puts your lab back.`)
};

export const guide_setup_laid_out = /** @type {(inputs: Guide_Setup_Laid_OutInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`the layers were laid out again`)
};

export const guide_setup_nothing = /** @type {(inputs: Guide_Setup_NothingInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`“${i?.title}” is already set up: nothing changed.`)
};

export const guide_show_run = /** @type {(inputs: Guide_Show_RunInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Show ${i?.name}`)
};

export const guide_step_count = /** @type {(inputs: Guide_Step_CountInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Step ${i?.index} of ${i?.count}`)
};

export const guide_step_done = /** @type {(inputs: Guide_Step_DoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`I have done this step`)
};

export const guide_step_done_label = /** @type {(inputs: Guide_Step_Done_LabelInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.title} done`)
};

export const guide_steps_heading = /** @type {(inputs: Guide_Steps_HeadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Steps`)
};

export const guide_the_run = /** @type {(inputs: Guide_The_RunInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`the run`)
};

export const guide_your_name = /** @type {(inputs: Guide_Your_NameInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Your name`)
};

export const hosttext_backend_javascript = /** @type {(inputs: Hosttext_Backend_JavascriptInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`JavaScript`)
};

export const hosttext_backend_tensorflow = /** @type {(inputs: Hosttext_Backend_TensorflowInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`native CPU (TensorFlow)`)
};

export const hosttext_backend_tensorflow_gpu = /** @type {(inputs: Hosttext_Backend_Tensorflow_GpuInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`GPU (CUDA, native TensorFlow)`)
};

export const hosttext_backend_webgpu = /** @type {(inputs: Hosttext_Backend_WebgpuInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`GPU (WebGPU)`)
};

export const hosttext_fast_kernels = /** @type {(inputs: Hosttext_Fast_KernelsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`fast kernels: ${i?.kernels}`)
};

export const hosttext_name_fold = /** @type {(inputs: Hosttext_Name_FoldInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`fold ${i?.fold}/${i?.folds}`)
};

export const hosttext_name_grid = /** @type {(inputs: Hosttext_Name_GridInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.lab} grid`)
};

export const hosttext_name_holdout = /** @type {(inputs: Hosttext_Name_HoldoutInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`holdout`)
};

export const hosttext_name_imported = /** @type {(inputs: Hosttext_Name_ImportedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.file} (imported)`)
};

export const hosttext_name_refit = /** @type {(inputs: Hosttext_Name_RefitInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.grid} · best (${i?.trial}) · refit`)
};

export const hosttext_no_simd = /** @type {(inputs: Hosttext_No_SimdInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`no SIMD`)
};

export const hosttext_simd = /** @type {(inputs: Hosttext_SimdInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`SIMD`)
};

export const hosttext_single_thread = /** @type {(inputs: Hosttext_Single_ThreadInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`single thread`)
};

export const hosttext_skip_device_refused = /** @type {(inputs: Hosttext_Skip_Device_RefusedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`the GPU refused a device: ${i?.detail}`)
};

export const hosttext_skip_load_failed = /** @type {(inputs: Hosttext_Skip_Load_FailedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.pkg} is installed but failed to load: ${i?.detail}`)
};

export const hosttext_skip_no_adapter = /** @type {(inputs: Hosttext_Skip_No_AdapterInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`no WebGPU adapter: ${i?.detail}`)
};

export const hosttext_skip_no_cuda = /** @type {(inputs: Hosttext_Skip_No_CudaInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.pkg} loaded, but TensorFlow found no CUDA GPU`)
};

export const hosttext_skip_no_driver = /** @type {(inputs: Hosttext_Skip_No_DriverInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`no WebGPU adapter: no Vulkan, Metal or Direct3D 12 driver offered a GPU`)
};

export const hosttext_skip_not_installed = /** @type {(inputs: Hosttext_Skip_Not_InstalledInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.pkg} is not installed`)
};

export const hosttext_skip_not_started = /** @type {(inputs: Hosttext_Skip_Not_StartedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`TensorFlow.js could not start the ${i?.backend} backend`)
};

export const hosttext_skip_not_started_because = /** @type {(inputs: Hosttext_Skip_Not_Started_BecauseInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`TensorFlow.js could not start the ${i?.backend} backend: ${i?.detail}`)
};

export const hosttext_skip_optional = /** @type {(inputs: Hosttext_Skip_OptionalInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.reason} (optional; see docs/architecture.md#backends)`)
};

export const hosttext_skip_requested = /** @type {(inputs: Hosttext_Skip_RequestedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`skipped: ${i?.wanted} was requested`)
};

export const hosttext_skip_software = /** @type {(inputs: Hosttext_Skip_SoftwareInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`the only adapter is a software one (${i?.gpu}), slower than WebAssembly; --backend webgpu uses it anyway`)
};

export const hosttext_skip_webgpu_backend = /** @type {(inputs: Hosttext_Skip_Webgpu_BackendInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`TensorFlow.js' WebGPU backend: ${i?.detail}`)
};

export const hosttext_skip_webgpu_binding = /** @type {(inputs: Hosttext_Skip_Webgpu_BindingInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Dawn's WebGPU binding (webgpu) could not load: ${i?.detail}`)
};

export const hosttext_threads = /** @type {(inputs: Hosttext_ThreadsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.count} threads`)
};

export const hosttext_threads_failed = /** @type {(inputs: Hosttext_Threads_FailedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`single thread (${i?.count} threads could not start: ${i?.detail})`)
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

export const issue_add_shapes = /** @type {(inputs: Issue_Add_ShapesInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.kind} layer '${i?.name}' needs inputs of one shape, but gets ${i?.shapes}. Make the branches end in the same shape, or use Concatenate.`)
};

export const issue_already_flat = /** @type {(inputs: Issue_Already_FlatInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.kind} layer '${i?.name}' gets ${i?.shape}, which is already flat; remove it.`)
};

export const issue_bad_edge = /** @type {(inputs: Issue_Bad_EdgeInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`A connection points to a layer that does not exist ('${i?.id}'); delete it.`)
};

export const issue_binary_activation = /** @type {(inputs: Issue_Binary_ActivationInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`The output layer '${i?.name}' has activation '${i?.activation}'; binary_crossentropy expects a probability, so set it to 'sigmoid'.`)
};

export const issue_binary_classes = /** @type {(inputs: Issue_Binary_ClassesInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`binary_crossentropy is for two classes, but ${i?.dataset} has ${i?.classes}. Use sparse_categorical_crossentropy with a Dense(${i?.classes}, softmax) output.`)
};

export const issue_binary_units = /** @type {(inputs: Issue_Binary_UnitsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`The output layer '${i?.name}' gives ${i?.shape}; binary_crossentropy needs one unit: make it Dense(1, activation 'sigmoid').`)
};

export const issue_class_activation = /** @type {(inputs: Issue_Class_ActivationInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`The output layer '${i?.name}' has activation '${i?.activation}'; ${i?.loss} expects class probabilities, so set it to 'softmax'.`)
};

export const issue_class_units = /** @type {(inputs: Issue_Class_UnitsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`The output layer '${i?.name}' gives ${i?.shape}, but ${i?.dataset} has ${i?.classes} classes: make it Dense(${i?.classes}, activation 'softmax').`)
};

export const issue_class_units_flatten = /** @type {(inputs: Issue_Class_Units_FlattenInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`The output layer '${i?.name}' gives ${i?.shape}, but ${i?.dataset} has ${i?.classes} classes: make it Dense(${i?.classes}, activation 'softmax') after a Flatten.`)
};

export const issue_concat_rank = /** @type {(inputs: Issue_Concat_RankInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.kind} layer '${i?.name}' cannot join ${i?.shapes} along axis ${i?.axis}: the inputs need the same rank and the axis must exist.`)
};

export const issue_concat_sizes = /** @type {(inputs: Issue_Concat_SizesInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.kind} layer '${i?.name}' cannot join ${i?.shapes} along axis ${i?.axis}: all other sizes must match.`)
};

export const issue_cycle = /** @type {(inputs: Issue_CycleInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.kind} layer '${i?.name}' is part of a loop; a model must flow one way from Input to output. Remove one connection of the loop.`)
};

export const issue_dead_end = /** @type {(inputs: Issue_Dead_EndInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.kind} layer '${i?.name}' is a dead end: ${i?.count} layers end the model (${i?.names}), but it needs exactly one output. Connect it onward or delete it.`)
};

export const issue_duplicate_id = /** @type {(inputs: Issue_Duplicate_IdInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Two layers share the id '${i?.id}'.`)
};

export const issue_duplicate_name = /** @type {(inputs: Issue_Duplicate_NameInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Two layers are named '${i?.name}'; rename one.`)
};

export const issue_empty = /** @type {(inputs: Issue_EmptyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The model is empty: start with an Input layer, then add layers after it.`)
};

export const issue_grid_invalid = /** @type {(inputs: Issue_Grid_InvalidInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`The setting ${i?.trial} makes the model invalid: ${i?.issue}`)
};

export const issue_input_has_inputs = /** @type {(inputs: Issue_Input_Has_InputsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.kind} layer '${i?.name}' cannot take inputs; remove the connection into it.`)
};

export const issue_input_shape = /** @type {(inputs: Issue_Input_ShapeInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Input layer '${i?.name}' has shape ${i?.shape} (${i?.size} values), but ${i?.dataset} examples are ${i?.expected} (${i?.expectedSize} values). Set the Input shape to ${i?.expected}.`)
};

export const issue_input_unconnected = /** @type {(inputs: Issue_Input_UnconnectedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.kind} layer '${i?.name}' is not connected to anything: connect it to the first layer.`)
};

export const issue_join_and = /** @type {(inputs: Issue_Join_AndInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (` and `)
};

export const issue_join_comma = /** @type {(inputs: Issue_Join_CommaInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`, `)
};

export const issue_kernel_too_big = /** @type {(inputs: Issue_Kernel_Too_BigInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.kind} layer '${i?.name}': its ${i?.kernel} kernel does not fit the ${i?.image} image it gets. Use a smaller kernel, padding 'same', or fewer pooling layers before it.`)
};

export const issue_needs_flat = /** @type {(inputs: Issue_Needs_FlatInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.kind} layer '${i?.name}' gets a ${i?.shape} tensor but needs a flat vector: add a Flatten layer before it.`)
};

export const issue_needs_flat_image = /** @type {(inputs: Issue_Needs_Flat_ImageInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.kind} layer '${i?.name}' gets a ${i?.shape} tensor but needs a flat vector: add a Flatten layer before it (or GlobalAveragePooling2D).`)
};

export const issue_needs_image = /** @type {(inputs: Issue_Needs_ImageInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.kind} layer '${i?.name}' needs an image tensor [height, width, channels], but gets ${i?.shape}. Use an Input of shape [height, width, channels], like [28, 28, 1].`)
};

export const issue_needs_image_flat = /** @type {(inputs: Issue_Needs_Image_FlatInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.kind} layer '${i?.name}' needs an image tensor [height, width, channels], but gets ${i?.shape}. Add a Reshape layer before it (for example to ${i?.image}), or use Dense layers instead.`)
};

export const issue_no_input = /** @type {(inputs: Issue_No_InputInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The model has no Input layer: add one at the top and connect it to the first layer.`)
};

export const issue_no_inputs = /** @type {(inputs: Issue_No_InputsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.kind} layer '${i?.name}' has no input: connect a layer into it, or delete it.`)
};

export const issue_no_output = /** @type {(inputs: Issue_No_OutputInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The model has no output layer: add a Dense layer after the last one.`)
};

export const issue_not_ready_to_train = /** @type {(inputs: Issue_Not_Ready_To_TrainInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Not ready to train: ${i?.why}`)
};

export const issue_param = /** @type {(inputs: Issue_ParamInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.kind} layer '${i?.name}': ${i?.param} ${i?.problem}.`)
};

export const issue_pool_window = /** @type {(inputs: Issue_Pool_WindowInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.kind} layer '${i?.name}': its ${i?.window} window does not fit the ${i?.image} image it gets. Use a smaller pool size, padding 'same', or remove a pooling layer before it.`)
};

export const issue_problem_at_least = /** @type {(inputs: Issue_Problem_At_LeastInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`is ${i?.value}; it must be at least ${i?.min}`)
};

export const issue_problem_below = /** @type {(inputs: Issue_Problem_BelowInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`is ${i?.value}; it must be from ${i?.min} up to (not including) ${i?.max}`)
};

export const issue_problem_between = /** @type {(inputs: Issue_Problem_BetweenInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`is ${i?.value}; it must be from ${i?.min} to ${i?.max}`)
};

export const issue_problem_bool = /** @type {(inputs: Issue_Problem_BoolInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`must be true or false`)
};

export const issue_problem_enum = /** @type {(inputs: Issue_Problem_EnumInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`is '${i?.value}'; choose one of ${i?.options}`)
};

export const issue_problem_not_number = /** @type {(inputs: Issue_Problem_Not_NumberInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`must be a number, not ${i?.value}`)
};

export const issue_problem_not_whole = /** @type {(inputs: Issue_Problem_Not_WholeInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`must be a whole number, not ${i?.value}`)
};

export const issue_problem_pair = /** @type {(inputs: Issue_Problem_PairInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`is ${i?.value}; it must be two whole numbers of at least 1, like [3, 3]`)
};

export const issue_problem_regularizer = /** @type {(inputs: Issue_Problem_RegularizerInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`has a negative or invalid factor (l1 ${i?.l1}, l2 ${i?.l2}); factors must be 0 or more`)
};

export const issue_problem_shape = /** @type {(inputs: Issue_Problem_ShapeInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`is ${i?.value}; it must be a list of whole sizes of at least 1, like [28, 28, 1]`)
};

export const issue_problem_shape_infer = /** @type {(inputs: Issue_Problem_Shape_InferInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`is ${i?.value}; it must be a list of whole sizes of at least 1 (one may be -1), like [28, 28, 1]`)
};

export const issue_quoted = /** @type {(inputs: Issue_QuotedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`'${i?.name}'`)
};

export const issue_reshape_multiple = /** @type {(inputs: Issue_Reshape_MultipleInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.kind} layer '${i?.name}' cannot reshape ${i?.shape} (${i?.total} values) to ${i?.target}: ${i?.total} is not a multiple of ${i?.known}.`)
};

export const issue_reshape_size = /** @type {(inputs: Issue_Reshape_SizeInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.kind} layer '${i?.name}' cannot reshape ${i?.shape} (${i?.total} values) to ${i?.target} (${i?.known} values); the sizes must multiply to ${i?.total}.`)
};

export const issue_second_input = /** @type {(inputs: Issue_Second_InputInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.kind} layer '${i?.name}' is a second Input; a model here takes one input. Delete it or merge the branches.`)
};

export const issue_self_loop = /** @type {(inputs: Issue_Self_LoopInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.kind} layer '${i?.name}' is connected to itself; delete that connection.`)
};

export const issue_too_few_inputs = /** @type {(inputs: Issue_Too_Few_InputsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.kind} layer '${i?.name}' merges ${i?.min} or more branches but gets ${i?.count}; connect another layer into it.`)
};

export const issue_too_large = /** @type {(inputs: Issue_Too_LargeInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.name} brings the model to ${i?.count} parameters; LayerLab trains at most ${i?.max}: use fewer units or filters, or make the image smaller (pooling, strides) before Flatten.`)
};

export const issue_too_large_of = /** @type {(inputs: Issue_Too_Large_OfInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.name} brings the model to ${i?.count} parameters (${i?.total} in all); LayerLab trains at most ${i?.max}: use fewer units or filters, or make the image smaller (pooling, strides) before Flatten.`)
};

export const issue_too_many_inputs = /** @type {(inputs: Issue_Too_Many_InputsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.kind} layer '${i?.name}' takes one input but gets ${i?.count}; merge them first with an Add or Concatenate layer.`)
};

export const lab_about = /** @type {(inputs: Lab_AboutInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`About this lab`)
};

export const lab_about_placeholder = /** @type {(inputs: Lab_About_PlaceholderInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`What this lab is and what it shows (saved with the lab).`)
};

export const lab_info_region = /** @type {(inputs: Lab_Info_RegionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Lab`)
};

export const lab_library_close = /** @type {(inputs: Lab_Library_CloseInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Close`)
};

export const lab_library_hint = /** @type {(inputs: Lab_Library_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`A lab opens as your own copy, saved in your labs folder. The quick version trains on less data for fewer epochs: for a slow computer or a first look.`)
};

export const lab_library_listing = /** @type {(inputs: Lab_Library_ListingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Listing the labs…`)
};

export const lab_library_no_match = /** @type {(inputs: Lab_Library_No_MatchInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`No lab matches “${i?.query}”.`)
};

export const lab_library_open = /** @type {(inputs: Lab_Library_OpenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Open`)
};

export const lab_library_open_label = /** @type {(inputs: Lab_Library_Open_LabelInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Open ${i?.name}`)
};

export const lab_library_quick = /** @type {(inputs: Lab_Library_QuickInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Quick version`)
};

export const lab_library_quick_label = /** @type {(inputs: Lab_Library_Quick_LabelInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Open the quick version of ${i?.name}`)
};

export const lab_library_quick_minutes = /** @type {(inputs: Lab_Library_Quick_MinutesInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`(quick: ${i?.minutes})`)
};

export const lab_library_search = /** @type {(inputs: Lab_Library_SearchInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Search the labs`)
};

export const lab_library_search_placeholder = /** @type {(inputs: Lab_Library_Search_PlaceholderInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Search: name, topic, dataset…`)
};

export const lab_library_steps = /** @type {(inputs: Lab_Library_StepsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.count} steps`)
};

export const lab_library_steps_one = /** @type {(inputs: Lab_Library_Steps_OneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`1 step`)
};

export const lab_library_title = /** @type {(inputs: Lab_Library_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Labs`)
};

export const lab_quick_name = /** @type {(inputs: Lab_Quick_NameInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.name} (quick)`)
};

export const lab_topic_augmentation = /** @type {(inputs: Lab_Topic_AugmentationInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Data augmentation`)
};

export const lab_topic_batch_normalization = /** @type {(inputs: Lab_Topic_Batch_NormalizationInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Batch normalization`)
};

export const lab_topic_capacity = /** @type {(inputs: Lab_Topic_CapacityInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Capacity`)
};

export const lab_topic_cnn = /** @type {(inputs: Lab_Topic_CnnInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Convolutional networks`)
};

export const lab_topic_dropout = /** @type {(inputs: Lab_Topic_DropoutInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Dropout`)
};

export const lab_topic_early_stopping = /** @type {(inputs: Lab_Topic_Early_StoppingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Early stopping`)
};

export const lab_topic_grid_search = /** @type {(inputs: Lab_Topic_Grid_SearchInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Grid search`)
};

export const lab_topic_label_smoothing = /** @type {(inputs: Lab_Topic_Label_SmoothingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Label smoothing`)
};

export const lab_topic_learning_rate = /** @type {(inputs: Lab_Topic_Learning_RateInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Learning rate`)
};

export const lab_topic_memorization = /** @type {(inputs: Lab_Topic_MemorizationInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Memorization`)
};

export const lab_topic_playground = /** @type {(inputs: Lab_Topic_PlaygroundInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Playground`)
};

export const lab_topic_text = /** @type {(inputs: Lab_Topic_TextInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Text (IMDB)`)
};

export const lab_topic_weight_regularization = /** @type {(inputs: Lab_Topic_Weight_RegularizationInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`L1 and L2`)
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

export const notice_file_warnings = /** @type {(inputs: Notice_File_WarningsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.name}: ${i?.warnings}`)
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

export const overview_locks_class = /** @type {(inputs: Overview_Locks_ClassInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.who}'s report was made from a lab whose locked parts were changed (fingerprint ${i?.found} instead of ${i?.expected}, the rest of the class's).`)
};

export const overview_locks_declared = /** @type {(inputs: Overview_Locks_DeclaredInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.who}'s report was made from a lab whose locked parts were changed (fingerprint ${i?.found} instead of ${i?.expected}, the one its lab declares).`)
};

export const overview_locks_other_lab = /** @type {(inputs: Overview_Locks_Other_LabInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.who}'s report was made from another lab (${i?.found} instead of ${i?.expected}).`)
};

export const overview_locks_teacher = /** @type {(inputs: Overview_Locks_TeacherInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.who}'s report was made from a lab whose locked parts were changed (fingerprint ${i?.found} instead of ${i?.expected}, the teacher's lab).`)
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

export const report_col_best_val_accuracy = /** @type {(inputs: Report_Col_Best_Val_AccuracyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Best val_accuracy`)
};

export const report_col_best_val_loss = /** @type {(inputs: Report_Col_Best_Val_LossInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Best val_loss`)
};

export const report_col_epochs = /** @type {(inputs: Report_Col_EpochsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Epochs`)
};

export const report_col_kind = /** @type {(inputs: Report_Col_KindInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Kind`)
};

export const report_col_last_accuracy = /** @type {(inputs: Report_Col_Last_AccuracyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Last accuracy`)
};

export const report_col_layer = /** @type {(inputs: Report_Col_LayerInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Layer`)
};

export const report_col_params = /** @type {(inputs: Report_Col_ParamsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Params`)
};

export const report_col_run = /** @type {(inputs: Report_Col_RunInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Run`)
};

export const report_col_settings = /** @type {(inputs: Report_Col_SettingsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Settings`)
};

export const report_col_shape = /** @type {(inputs: Report_Col_ShapeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Output shape`)
};

export const report_col_status = /** @type {(inputs: Report_Col_StatusInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Status`)
};

export const report_curve_caption = /** @type {(inputs: Report_Curve_CaptionInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.metric} per epoch (training solid, validation dashed)`)
};

export const report_curves = /** @type {(inputs: Report_CurvesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Curves`)
};

export const report_curves_label = /** @type {(inputs: Report_Curves_LabelInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.metric} curves`)
};

export const report_diagram_label = /** @type {(inputs: Report_Diagram_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Model diagram`)
};

export const report_done = /** @type {(inputs: Report_DoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`done`)
};

export const report_fingerprint_none = /** @type {(inputs: Report_Fingerprint_NoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`none`)
};

export const report_meta = /** @type {(inputs: Report_MetaInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.student} · ${i?.when} UTC · ${i?.app} · checks ${i?.passed}/${i?.total} · lab fingerprint ${i?.fingerprint}`)
};

export const report_model = /** @type {(inputs: Report_ModelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Model`)
};

export const report_no_answer = /** @type {(inputs: Report_No_AnswerInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`No answer`)
};

export const report_no_name = /** @type {(inputs: Report_No_NameInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`No name given`)
};

export const report_no_runs = /** @type {(inputs: Report_No_RunsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`No finished runs.`)
};

export const report_params = /** @type {(inputs: Report_ParamsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.count} params`)
};

export const report_runs = /** @type {(inputs: Report_RunsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Runs`)
};

export const report_steps = /** @type {(inputs: Report_StepsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Steps`)
};

export const report_title_fallback = /** @type {(inputs: Report_Title_FallbackInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`report`)
};

export const report_total = /** @type {(inputs: Report_TotalInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Total`)
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

export const sweep_at_least = /** @type {(inputs: Sweep_At_LeastInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.label} must be at least ${i?.limit}, not ${i?.value}.`)
};

export const sweep_at_most = /** @type {(inputs: Sweep_At_MostInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.label} must be at most ${i?.limit}, not ${i?.value}.`)
};

export const sweep_every = /** @type {(inputs: Sweep_EveryInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`every ${i?.kind} layer (${i?.count})`)
};

export const sweep_give_value = /** @type {(inputs: Sweep_Give_ValueInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Give ${i?.label} at least one value, separated by commas.`)
};

export const sweep_hidden = /** @type {(inputs: Sweep_HiddenInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`the ${i?.count} hidden ${i?.kind} layers, not the output`)
};

export const sweep_integer_range = /** @type {(inputs: Sweep_Integer_RangeInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.problem} Change the ends or the steps, or give a list.`)
};

export const sweep_less_than = /** @type {(inputs: Sweep_Less_ThanInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.label} must be less than ${i?.limit}, not ${i?.value}.`)
};

export const sweep_log_positive = /** @type {(inputs: Sweep_Log_PositiveInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`A log range needs positive ends; use a linear range for ${i?.label} to include 0.`)
};

export const sweep_more_than = /** @type {(inputs: Sweep_More_ThanInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.label} must be more than ${i?.limit}, not ${i?.value}.`)
};

export const sweep_no_range = /** @type {(inputs: Sweep_No_RangeInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.label} takes a list of values, not a range.`)
};

export const sweep_not_bool = /** @type {(inputs: Sweep_Not_BoolInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.label} takes true or false (on/off), not '${i?.word}'.`)
};

export const sweep_not_number = /** @type {(inputs: Sweep_Not_NumberInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`'${i?.word}' is not a number; write ${i?.label} values like 0.3, 0.5, 0.7.`)
};

export const sweep_not_option = /** @type {(inputs: Sweep_Not_OptionInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`'${i?.word}' is not one of ${i?.options}.`)
};

export const sweep_only = /** @type {(inputs: Sweep_OnlyInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`only ${i?.layer}`)
};

export const sweep_range_ends = /** @type {(inputs: Sweep_Range_EndsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Give the range of ${i?.label} a start and an end.`)
};

export const sweep_range_same = /** @type {(inputs: Sweep_Range_SameInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`The range of ${i?.label} starts and ends at ${i?.value}: make the ends differ.`)
};

export const sweep_range_steps = /** @type {(inputs: Sweep_Range_StepsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`A range takes 2 to ${i?.max} steps, not ${i?.steps}.`)
};

export const sweep_too_many = /** @type {(inputs: Sweep_Too_ManyInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`A sweep takes at most ${i?.max} values; ${i?.label} has ${i?.count}.`)
};

export const sweep_twice = /** @type {(inputs: Sweep_TwiceInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.value} is listed twice.`)
};

export const sweep_whole = /** @type {(inputs: Sweep_WholeInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.label} takes whole numbers, not ${i?.value}.`)
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

export const teach_a_file = /** @type {(inputs: Teach_A_FileInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`a file`)
};

export const teach_above = /** @type {(inputs: Teach_AboveInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`above`)
};

export const teach_add_check = /** @type {(inputs: Teach_Add_CheckInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Add a check`)
};

export const teach_add_check_first = /** @type {(inputs: Teach_Add_Check_FirstInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`+ check…`)
};

export const teach_add_question = /** @type {(inputs: Teach_Add_QuestionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Add a question`)
};

export const teach_add_question_first = /** @type {(inputs: Teach_Add_Question_FirstInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`+ question…`)
};

export const teach_add_step = /** @type {(inputs: Teach_Add_StepInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`+ Add a step`)
};

export const teach_add_steps = /** @type {(inputs: Teach_Add_StepsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Add steps`)
};

export const teach_another_run = /** @type {(inputs: Teach_Another_RunInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`+ another run`)
};

export const teach_at = /** @type {(inputs: Teach_AtInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`at`)
};

export const teach_at_best = /** @type {(inputs: Teach_At_BestInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`its best epoch`)
};

export const teach_at_last = /** @type {(inputs: Teach_At_LastInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`its last epoch`)
};

export const teach_author = /** @type {(inputs: Teach_AuthorInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`author`)
};

export const teach_below = /** @type {(inputs: Teach_BelowInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`below`)
};

export const teach_bound_lr_max = /** @type {(inputs: Teach_Bound_Lr_MaxInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`learning rate ≤`)
};

export const teach_bound_lr_min = /** @type {(inputs: Teach_Bound_Lr_MinInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`learning rate ≥`)
};

export const teach_bound_params_max = /** @type {(inputs: Teach_Bound_Params_MaxInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`parameters ≤`)
};

export const teach_bound_params_min = /** @type {(inputs: Teach_Bound_Params_MinInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`parameters ≥`)
};

export const teach_bound_smoothing_min = /** @type {(inputs: Teach_Bound_Smoothing_MinInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`label smoothing ≥`)
};

export const teach_check_compared = /** @type {(inputs: Teach_Check_ComparedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Runs compared`)
};

export const teach_check_early_stopped = /** @type {(inputs: Teach_Check_Early_StoppedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Early stopping stopped a run`)
};

export const teach_check_grid = /** @type {(inputs: Teach_Check_GridInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`A grid finished`)
};

export const teach_check_kind = /** @type {(inputs: Teach_Check_KindInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Check kind`)
};

export const teach_check_metric = /** @type {(inputs: Teach_Check_MetricInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`A metric reaches a bound`)
};

export const teach_check_overfits = /** @type {(inputs: Teach_Check_OverfitsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`A run overfits`)
};

export const teach_check_problem = /** @type {(inputs: Teach_Check_ProblemInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`This check cannot hold that: ${i?.path} ${i?.message}.`)
};

export const teach_check_sparsity = /** @type {(inputs: Teach_Check_SparsityInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sparse weights`)
};

export const teach_choices = /** @type {(inputs: Teach_ChoicesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Choices`)
};

export const teach_choices_label = /** @type {(inputs: Teach_Choices_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`choices, one a line`)
};

export const teach_eg_dropout = /** @type {(inputs: Teach_Eg_DropoutInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`e.g. Dropout`)
};

export const teach_eg_flatten = /** @type {(inputs: Teach_Eg_FlattenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`e.g. Flatten`)
};

export const teach_either = /** @type {(inputs: Teach_EitherInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`either`)
};

export const teach_epochs_count = /** @type {(inputs: Teach_Epochs_CountInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.count} epochs`)
};

export const teach_epochs_of_rise = /** @type {(inputs: Teach_Epochs_Of_RiseInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`epochs of rise`)
};

export const teach_expected_minutes = /** @type {(inputs: Teach_Expected_MinutesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`expected minutes`)
};

export const teach_first_with_weights = /** @type {(inputs: Teach_First_With_WeightsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`the first with weights`)
};

export const teach_flag_augmentation = /** @type {(inputs: Teach_Flag_AugmentationInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`augmentation`)
};

export const teach_flag_early_stopping = /** @type {(inputs: Teach_Flag_Early_StoppingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`early stopping`)
};

export const teach_flag_shuffled_labels = /** @type {(inputs: Teach_Flag_Shuffled_LabelsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`shuffled labels`)
};

export const teach_folds = /** @type {(inputs: Teach_FoldsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`folds`)
};

export const teach_folds_at_least = /** @type {(inputs: Teach_Folds_At_LeastInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`folds at least`)
};

export const teach_grid_locked = /** @type {(inputs: Teach_Grid_LockedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The grid cannot sweep what the lab locks: its runs must keep the locked settings and layers.`)
};

export const teach_grid_locked_author = /** @type {(inputs: Teach_Grid_Locked_AuthorInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`The grid cannot sweep what the lab locks (${i?.author}): its runs must keep the locked settings and layers.`)
};

export const teach_is_locked = /** @type {(inputs: Teach_Is_LockedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.what} is locked`)
};

export const teach_layer = /** @type {(inputs: Teach_LayerInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`layer`)
};

export const teach_layers_count = /** @type {(inputs: Teach_Layers_CountInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.count} layers`)
};

export const teach_lock_label = /** @type {(inputs: Teach_Lock_LabelInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Lock ${i?.what}`)
};

export const teach_lock_seed_title = /** @type {(inputs: Teach_Lock_Seed_TitleInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Lock ${i?.what} for students (sets seed 1)`)
};

export const teach_lock_title = /** @type {(inputs: Teach_Lock_TitleInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Lock ${i?.what} for students`)
};

export const teach_locked_by = /** @type {(inputs: Teach_Locked_ByInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Locked by the lab: ${i?.why}.`)
};

export const teach_locked_by_author = /** @type {(inputs: Teach_Locked_By_AuthorInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Locked by the lab (${i?.author}): ${i?.why}.`)
};

export const teach_locked_changed = /** @type {(inputs: Teach_Locked_ChangedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`This lab's locked parts were changed since the teacher saved it: your report will be flagged.`)
};

export const teach_locked_title = /** @type {(inputs: Teach_Locked_TitleInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Locked for students: click to unlock ${i?.what}`)
};

export const teach_metric = /** @type {(inputs: Teach_MetricInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`metric`)
};

export const teach_minutes = /** @type {(inputs: Teach_MinutesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`minutes`)
};

export const teach_move_down = /** @type {(inputs: Teach_Move_DownInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Move step down`)
};

export const teach_move_up = /** @type {(inputs: Teach_Move_UpInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Move step up`)
};

export const teach_no = /** @type {(inputs: Teach_NoInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`no`)
};

export const teach_no_steps_hint = /** @type {(inputs: Teach_No_Steps_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`This lab has no steps. Add steps to write instructions, questions and checks, and to lock what students must not change.`)
};

export const teach_none = /** @type {(inputs: Teach_NoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`none`)
};

export const teach_not_given = /** @type {(inputs: Teach_Not_GivenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`not given`)
};

export const teach_preview = /** @type {(inputs: Teach_PreviewInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Preview`)
};

export const teach_question = /** @type {(inputs: Teach_QuestionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Question`)
};

export const teach_question_choice = /** @type {(inputs: Teach_Question_ChoiceInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Multiple choice`)
};

export const teach_question_kind = /** @type {(inputs: Teach_Question_KindInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Question kind`)
};

export const teach_question_number = /** @type {(inputs: Teach_Question_NumberInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`A number`)
};

export const teach_question_placeholder = /** @type {(inputs: Teach_Question_PlaceholderInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The question (Markdown)`)
};

export const teach_question_text = /** @type {(inputs: Teach_Question_TextInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Short answer`)
};

export const teach_refused = /** @type {(inputs: Teach_RefusedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.subject} is locked by the lab: ${i?.why}.`)
};

export const teach_refused_author = /** @type {(inputs: Teach_Refused_AuthorInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.subject} is locked by the lab (${i?.author}): ${i?.why}.`)
};

export const teach_regularizer = /** @type {(inputs: Teach_RegularizerInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`regularizer`)
};

export const teach_remove_check = /** @type {(inputs: Teach_Remove_CheckInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Remove this check`)
};

export const teach_remove_question = /** @type {(inputs: Teach_Remove_QuestionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Remove this question`)
};

export const teach_remove_run = /** @type {(inputs: Teach_Remove_RunInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Remove run ${i?.n}`)
};

export const teach_remove_step = /** @type {(inputs: Teach_Remove_StepInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Remove step`)
};

export const teach_right_answer = /** @type {(inputs: Teach_Right_AnswerInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Right answer`)
};

export const teach_right_answer_label = /** @type {(inputs: Teach_Right_Answer_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`right answer`)
};

export const teach_rises_for = /** @type {(inputs: Teach_Rises_ForInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`rises for (epochs)`)
};

export const teach_runs_any = /** @type {(inputs: Teach_Runs_AnyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Runs: any finished run`)
};

export const teach_runs_filter = /** @type {(inputs: Teach_Runs_FilterInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Runs: any run ${i?.filter}`)
};

export const teach_save_for_students = /** @type {(inputs: Teach_Save_For_StudentsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Save for students…`)
};

export const teach_save_for_students_title = /** @type {(inputs: Teach_Save_For_Students_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Save this lab as one file for students: its locked parts fingerprinted, your test answers cleared`)
};

export const teach_seed_set = /** @type {(inputs: Teach_Seed_SetInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`A locked seed needs a value: the seed is now 1 (change it in teacher mode).`)
};

export const teach_settings = /** @type {(inputs: Teach_SettingsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`settings`)
};

export const teach_settings_at_least = /** @type {(inputs: Teach_Settings_At_LeastInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`settings at least`)
};

export const teach_setup = /** @type {(inputs: Teach_SetupInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Setup: ${i?.words}`)
};

export const teach_setup_clear = /** @type {(inputs: Teach_Setup_ClearInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Clear`)
};

export const teach_setup_update = /** @type {(inputs: Teach_Setup_UpdateInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Update`)
};

export const teach_setup_update_title = /** @type {(inputs: Teach_Setup_Update_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Replace the setup with the model, settings and dataset now in the editor`)
};

export const teach_setup_use = /** @type {(inputs: Teach_Setup_UseInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Use the current model as this step's setup`)
};

export const teach_share_above = /** @type {(inputs: Teach_Share_AboveInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`share at ~0 above`)
};

export const teach_share_at_zero = /** @type {(inputs: Teach_Share_At_ZeroInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`share of weights at zero`)
};

export const teach_step_text = /** @type {(inputs: Teach_Step_TextInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Step text`)
};

export const teach_step_text_placeholder = /** @type {(inputs: Teach_Step_Text_PlaceholderInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`What the student does and why (Markdown: **bold**, lists, links)`)
};

export const teach_step_title = /** @type {(inputs: Teach_Step_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Step title`)
};

export const teach_steps_are_teachers = /** @type {(inputs: Teach_Steps_Are_TeachersInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The lab's steps and locks are the teacher's: they change in teacher mode only.`)
};

export const teach_steps_editor = /** @type {(inputs: Teach_Steps_EditorInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Steps editor`)
};

export const teach_subject_dataset = /** @type {(inputs: Teach_Subject_DatasetInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The dataset`)
};

export const teach_subject_layer = /** @type {(inputs: Teach_Subject_LayerInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Layer ${i?.name}`)
};

export const teach_subject_setting = /** @type {(inputs: Teach_Subject_SettingInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`The ${i?.setting} setting`)
};

export const teach_subject_structure = /** @type {(inputs: Teach_Subject_StructureInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The model's layers and connections`)
};

export const teach_topic = /** @type {(inputs: Teach_TopicInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`topic`)
};

export const teach_topic_none = /** @type {(inputs: Teach_Topic_NoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`none`)
};

export const teach_training_augmentation = /** @type {(inputs: Teach_Training_AugmentationInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`data augmentation`)
};

export const teach_training_batch_size = /** @type {(inputs: Teach_Training_Batch_SizeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`batch size`)
};

export const teach_training_early_stopping = /** @type {(inputs: Teach_Training_Early_StoppingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`early stopping`)
};

export const teach_training_epochs = /** @type {(inputs: Teach_Training_EpochsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`epochs`)
};

export const teach_training_label_smoothing = /** @type {(inputs: Teach_Training_Label_SmoothingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`label smoothing`)
};

export const teach_training_learning_rate = /** @type {(inputs: Teach_Training_Learning_RateInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`learning rate`)
};

export const teach_training_loss = /** @type {(inputs: Teach_Training_LossInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`loss`)
};

export const teach_training_momentum = /** @type {(inputs: Teach_Training_MomentumInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`momentum`)
};

export const teach_training_optimizer = /** @type {(inputs: Teach_Training_OptimizerInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`optimizer`)
};

export const teach_training_seed = /** @type {(inputs: Teach_Training_SeedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`seed`)
};

export const teach_training_shuffle = /** @type {(inputs: Teach_Training_ShuffleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`shuffling`)
};

export const teach_training_shuffle_labels = /** @type {(inputs: Teach_Training_Shuffle_LabelsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`shuffled labels`)
};

export const teach_training_train_subset = /** @type {(inputs: Teach_Training_Train_SubsetInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`training subset`)
};

export const teach_training_validation = /** @type {(inputs: Teach_Training_ValidationInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`validation data`)
};

export const teach_unit = /** @type {(inputs: Teach_UnitInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Unit`)
};

export const teach_unit_label = /** @type {(inputs: Teach_Unit_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`unit`)
};

export const teach_unit_placeholder = /** @type {(inputs: Teach_Unit_PlaceholderInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`e.g. epochs`)
};

export const teach_unlock_label = /** @type {(inputs: Teach_Unlock_LabelInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Unlock ${i?.what}`)
};

export const teach_why_dataset = /** @type {(inputs: Teach_Why_DatasetInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`every student trains on the same data`)
};

export const teach_why_layer = /** @type {(inputs: Teach_Why_LayerInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`the lesson studies this layer as it is`)
};

export const teach_why_seed = /** @type {(inputs: Teach_Why_SeedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`the lesson compares runs from the same seed`)
};

export const teach_why_setting = /** @type {(inputs: Teach_Why_SettingInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`the lesson compares runs with the same ${i?.setting}`)
};

export const teach_why_structure = /** @type {(inputs: Teach_Why_StructureInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`the lesson's model keeps its layers and connections`)
};

export const teach_with_layers = /** @type {(inputs: Teach_With_LayersInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`with layers`)
};

export const teach_without_layers = /** @type {(inputs: Teach_Without_LayersInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`without layers`)
};

export const teach_write = /** @type {(inputs: Teach_WriteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Write`)
};

export const teach_write_or_preview = /** @type {(inputs: Teach_Write_Or_PreviewInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Write or preview`)
};

export const teach_yes = /** @type {(inputs: Teach_YesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`yes`)
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

export const tpl_cnn_description = /** @type {(inputs: Tpl_Cnn_DescriptionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Keras' mnist_convnet: Conv2D(32) -> MaxPooling -> Conv2D(64) -> MaxPooling -> Flatten -> Dropout(0.5) -> Dense(10).`)
};

export const tpl_cnn_title = /** @type {(inputs: Tpl_Cnn_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Small CNN`)
};

export const tpl_imdb_blurb = /** @type {(inputs: Tpl_Imdb_BlurbInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Movie reviews as 10,000-word multi-hot vectors; overfits after a few epochs.`)
};

export const tpl_imdb_description = /** @type {(inputs: Tpl_Imdb_DescriptionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The IMDB sentiment network: 10,000 words -> Dense(16) -> Dense(16) -> Dense(1, sigmoid).`)
};

export const tpl_logistic_blurb = /** @type {(inputs: Tpl_Logistic_BlurbInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`MNIST pixels straight into a softmax: the baseline every network must beat.`)
};

export const tpl_logistic_description = /** @type {(inputs: Tpl_Logistic_DescriptionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Flatten -> Dense(10, softmax) on MNIST.`)
};

export const tpl_logistic_title = /** @type {(inputs: Tpl_Logistic_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Logistic regression`)
};

export const tpl_mlp16_blurb = /** @type {(inputs: Tpl_Mlp16_BlurbInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`One hidden layer of 16: too small to overfit much.`)
};

export const tpl_mlp16_description = /** @type {(inputs: Tpl_Mlp16_DescriptionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`One hidden Dense(16, relu) layer on MNIST.`)
};

export const tpl_mlp16_title = /** @type {(inputs: Tpl_Mlp16_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Small MLP (16 units)`)
};

export const tpl_mlp512_blurb = /** @type {(inputs: Tpl_Mlp512_BlurbInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Keras' classic MNIST MLP (784-512-512-10): big enough to overfit; add Dropout to fix it.`)
};

export const tpl_mlp512_description = /** @type {(inputs: Tpl_Mlp512_DescriptionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Keras' mnist_mlp without its Dropout layers: 784-512-512-10, relu, RMSprop.`)
};

export const tpl_moons_blurb = /** @type {(inputs: Tpl_Moons_BlurbInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Two noisy half-moons, generated on the spot: overfits within a minute on any machine.`)
};

export const tpl_moons_description = /** @type {(inputs: Tpl_Moons_DescriptionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`A small MLP on two noisy half-moons; generated data, so it needs no dataset files.`)
};

export const tpl_moons_name = /** @type {(inputs: Tpl_Moons_NameInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Two moons`)
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

export const words_after = /** @type {(inputs: Words_AfterInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.phrase} after ${i?.layers}`)
};

export const words_all_examples = /** @type {(inputs: Words_All_ExamplesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`all examples`)
};

export const words_at_start = /** @type {(inputs: Words_At_StartInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.phrase} at the start`)
};

export const words_aug_fill = /** @type {(inputs: Words_Aug_FillInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`fill`)
};

export const words_aug_fill_value = /** @type {(inputs: Words_Aug_Fill_ValueInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`fill value`)
};

export const words_aug_height_shift = /** @type {(inputs: Words_Aug_Height_ShiftInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`height shift`)
};

export const words_aug_horizontal_flip = /** @type {(inputs: Words_Aug_Horizontal_FlipInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`horizontal flip`)
};

export const words_aug_rotation = /** @type {(inputs: Words_Aug_RotationInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`rotation`)
};

export const words_aug_shear = /** @type {(inputs: Words_Aug_ShearInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`shear`)
};

export const words_aug_vertical_flip = /** @type {(inputs: Words_Aug_Vertical_FlipInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`vertical flip`)
};

export const words_aug_width_shift = /** @type {(inputs: Words_Aug_Width_ShiftInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`width shift`)
};

export const words_aug_zoom = /** @type {(inputs: Words_Aug_ZoomInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`zoom`)
};

export const words_augmentation = /** @type {(inputs: Words_AugmentationInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`augmentation (${i?.list})`)
};

export const words_augmentation_name = /** @type {(inputs: Words_Augmentation_NameInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`augmentation`)
};

export const words_augmentation_none = /** @type {(inputs: Words_Augmentation_NoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`augmentation (none)`)
};

export const words_batch = /** @type {(inputs: Words_BatchInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`batch ${i?.size}`)
};

export const words_batch_size = /** @type {(inputs: Words_Batch_SizeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`batch size`)
};

export const words_changes_join = /** @type {(inputs: Words_Changes_JoinInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`; `)
};

export const words_dataset = /** @type {(inputs: Words_DatasetInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`dataset`)
};

export const words_default = /** @type {(inputs: Words_DefaultInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`default`)
};

export const words_early_stopping = /** @type {(inputs: Words_Early_StoppingInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`early stopping (${i?.monitor}, patience ${i?.patience})`)
};

export const words_early_stopping_best = /** @type {(inputs: Words_Early_Stopping_BestInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`early stopping (${i?.monitor}, patience ${i?.patience}, best weights)`)
};

export const words_early_stopping_name = /** @type {(inputs: Words_Early_Stopping_NameInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`early stopping`)
};

export const words_early_stopping_setting = /** @type {(inputs: Words_Early_Stopping_SettingInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`early stopping ${i?.setting}`)
};

export const words_epochs = /** @type {(inputs: Words_EpochsInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("en", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${i?.count} epoch`);
	return /** @type {LocalizedString} */ (`${i?.count} epochs`)
	
};

export const words_first_examples = /** @type {(inputs: Words_First_ExamplesInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`first ${i?.count} examples`)
};

export const words_fold = /** @type {(inputs: Words_FoldInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`fold ${i?.fold} of ${i?.folds}`)
};

export const words_imdb = /** @type {(inputs: Words_ImdbInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`imdb (${i?.count} words)`)
};

export const words_instead = /** @type {(inputs: Words_InsteadInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.what} ${i?.now} instead of ${i?.before}`)
};

export const words_instead_of = /** @type {(inputs: Words_Instead_OfInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.now} instead of ${i?.before}`)
};

export const words_label_smoothing = /** @type {(inputs: Words_Label_SmoothingInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`label smoothing ${i?.value}`)
};

export const words_label_smoothing_name = /** @type {(inputs: Words_Label_Smoothing_NameInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`label smoothing`)
};

export const words_no = /** @type {(inputs: Words_NoInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`no ${i?.what}`)
};

export const words_none = /** @type {(inputs: Words_NoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`none`)
};

export const words_not_shuffled_each_epoch = /** @type {(inputs: Words_Not_Shuffled_Each_EpochInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`not shuffled each epoch`)
};

export const words_off = /** @type {(inputs: Words_OffInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`off`)
};

export const words_on = /** @type {(inputs: Words_OnInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`on`)
};

export const words_on_layer = /** @type {(inputs: Words_On_LayerInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.phrase} on ${i?.layer}`)
};

export const words_on_layers = /** @type {(inputs: Words_On_LayersInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.phrase} on ${i?.count} layers`)
};

export const words_shuffled_each_epoch = /** @type {(inputs: Words_Shuffled_Each_EpochInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`shuffled each epoch`)
};

export const words_shuffled_labels = /** @type {(inputs: Words_Shuffled_LabelsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`shuffled labels`)
};

export const words_synthetic = /** @type {(inputs: Words_SyntheticInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.shape} (${i?.samples} samples, noise ${i?.noise})`)
};

export const words_the_start = /** @type {(inputs: Words_The_StartInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`the start`)
};

export const words_true_labels = /** @type {(inputs: Words_True_LabelsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`true labels`)
};

export const words_validation_none = /** @type {(inputs: Words_Validation_NoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`no validation`)
};

export const words_validation_split = /** @type {(inputs: Words_Validation_SplitInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`validation split ${i?.fraction}`)
};

export const words_validation_test = /** @type {(inputs: Words_Validation_TestInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`validation on the test set`)
};