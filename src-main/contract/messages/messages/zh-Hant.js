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

export const badge_gpu_found = /** @type {(inputs: Badge_Gpu_FoundInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`找到 GPU：${i?.name}`)
};

export const badge_gpu_software = /** @type {(inputs: Badge_Gpu_SoftwareInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.name}，一個軟體配接器（在 CPU 上執行）`)
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

export const class_accuracy = /** @type {(inputs: Class_AccuracyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`準確率`)
};

export const class_best_accuracy = /** @type {(inputs: Class_Best_AccuracyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`最好的 val_accuracy`)
};

export const class_best_loss = /** @type {(inputs: Class_Best_LossInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`最好的 val_loss`)
};

export const class_changed = /** @type {(inputs: Class_ChangedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`⚠ 已改動`)
};

export const class_changed_locks = /** @type {(inputs: Class_Changed_LocksInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.count} 份鎖定被改動`)
};

export const class_checks = /** @type {(inputs: Class_ChecksInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`✓ 檢查`)
};

export const class_checks_title = /** @type {(inputs: Class_Checks_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`實驗的檢查中已通過的數量`)
};

export const class_choose = /** @type {(inputs: Class_ChooseInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`選擇……`)
};

export const class_close = /** @type {(inputs: Class_CloseInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`關閉`)
};

export const class_curve = /** @type {(inputs: Class_CurveInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`曲線`)
};

export const class_curve_of = /** @type {(inputs: Class_Curve_OfInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.name} 的曲線`)
};

export const class_empty = /** @type {(inputs: Class_EmptyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`選擇存放學生報告的資料夾（每個學生通過「報告 → HTML 或 PDF」儲存一份）。每份報告都會與教師的實驗比較：如果報告所用實驗的鎖定部分被改動過，它會被標記出來。`)
};

export const class_export_csv = /** @type {(inputs: Class_Export_CsvInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`匯出 CSV`)
};

export const class_locks = /** @type {(inputs: Class_LocksInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`鎖定`)
};

export const class_locks_ok = /** @type {(inputs: Class_Locks_OkInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`一致`)
};

export const class_locks_ok_title = /** @type {(inputs: Class_Locks_Ok_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`鎖定部分與實驗一致`)
};

export const class_locks_title = /** @type {(inputs: Class_Locks_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`實驗的鎖定部分是否被改動`)
};

export const class_locks_unknown_title = /** @type {(inputs: Class_Locks_Unknown_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`沒有可比較的實驗`)
};

export const class_loss = /** @type {(inputs: Class_LossInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`損失`)
};

export const class_none = /** @type {(inputs: Class_NoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`無`)
};

export const class_none_button = /** @type {(inputs: Class_None_ButtonInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`不用`)
};

export const class_open_files = /** @type {(inputs: Class_Open_FilesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`開啟報告檔案……`)
};

export const class_open_folder = /** @type {(inputs: Class_Open_FolderInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`開啟報告資料夾……`)
};

export const class_open_lab = /** @type {(inputs: Class_Open_LabInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`目前開啟的實驗`)
};

export const class_overview_title = /** @type {(inputs: Class_Overview_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`班級總覽`)
};

export const class_report = /** @type {(inputs: Class_ReportInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`報告`)
};

export const class_report_title = /** @type {(inputs: Class_Report_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`把你的步驟、答案、檢查、曲線、模型和訓練記錄放進一個檔案交給老師`)
};

export const class_reports = /** @type {(inputs: Class_ReportsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.count} 份報告`)
};

export const class_reports_one = /** @type {(inputs: Class_Reports_OneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`1 份報告`)
};

export const class_right_choice = /** @type {(inputs: Class_Right_ChoiceInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`選對了`)
};

export const class_sign_out = /** @type {(inputs: Class_Sign_OutInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`登出`)
};

export const class_signed_in_as = /** @type {(inputs: Class_Signed_In_AsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`已登入為 ${i?.student}`)
};

export const class_student = /** @type {(inputs: Class_StudentInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`學生`)
};

export const class_teacher_lab = /** @type {(inputs: Class_Teacher_LabInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`教師的實驗：`)
};

export const class_wrong_choice = /** @type {(inputs: Class_Wrong_ChoiceInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`沒有選對`)
};

export const cli_and = /** @type {(inputs: Cli_AndInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`、`)
};

export const cli_bench_adapter = /** @type {(inputs: Cli_Bench_AdapterInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`WebGPU 轉接器：${i?.adapter}`)
};

export const cli_bench_adapter_software = /** @type {(inputs: Cli_Bench_Adapter_SoftwareInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`WebGPU 轉接器：${i?.adapter}（CPU 上的光柵化器：不代表 GPU 的表現）`)
};

export const cli_bench_cannot_train = /** @type {(inputs: Cli_Bench_Cannot_TrainInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`無法訓練`)
};

export const cli_bench_col_backend = /** @type {(inputs: Cli_Bench_Col_BackendInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`後端`)
};

export const cli_bench_col_engine = /** @type {(inputs: Cli_Bench_Col_EngineInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`引擎 全部核心`)
};

export const cli_bench_col_engine1 = /** @type {(inputs: Cli_Bench_Col_Engine1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`引擎 1 個執行緒`)
};

export const cli_bench_col_epoch_s = /** @type {(inputs: Cli_Bench_Col_Epoch_SInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`每輪秒數`)
};

export const cli_bench_col_ms_step = /** @type {(inputs: Cli_Bench_Col_Ms_StepInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`毫秒/步`)
};

export const cli_bench_col_native_share = /** @type {(inputs: Cli_Bench_Col_Native_ShareInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`占原生矩陣乘法 %`)
};

export const cli_bench_col_peak_mb = /** @type {(inputs: Cli_Bench_Col_Peak_MbInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`峰值 MB`)
};

export const cli_bench_col_speedup = /** @type {(inputs: Cli_Bench_Col_SpeedupInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`加速比`)
};

export const cli_bench_col_stock = /** @type {(inputs: Cli_Bench_Col_StockInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`原版 TF.js`)
};

export const cli_bench_col_tf_python = /** @type {(inputs: Cli_Bench_Col_Tf_PythonInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Python 版 TF`)
};

export const cli_bench_col_wasm_share = /** @type {(inputs: Cli_Bench_Col_Wasm_ShareInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`占 wasm 矩陣乘法 %`)
};

export const cli_bench_col_workload = /** @type {(inputs: Cli_Bench_Col_WorkloadInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`工作負載`)
};

export const cli_bench_cpu_skipped = /** @type {(inputs: Cli_Bench_Cpu_SkippedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.workload} cpu：跳過（JS 後端每一步要幾分鐘；用 --backends cpu 才測量）`)
};

export const cli_bench_grid = /** @type {(inputs: Cli_Bench_GridInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`網格吞吐量（4 個設定 x 2 折，生成的資料）：1 個訓練程序 ${i?.one} 秒，2 個訓練程序 ${i?.two} 秒，比值 ${i?.ratio}（目標 <= 0.60）`)
};

export const cli_bench_insights = /** @type {(inputs: Cli_Bench_InsightsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`內部資料（${i?.backend}，MLP 784-512-512-10，一輪 60,000 個樣本，${i?.repeats} 次的中位數）：不記錄 ${i?.plain} 秒，記錄 ${i?.recorded} 秒，開銷 ${i?.overhead}%（目標 <= 10%）；CPU ${i?.cpu} 秒和 ${i?.cpuRecorded} 秒（${i?.cpuOverhead}%，含第 0 輪）；產生內部資料 ${i?.insight} 毫秒（${i?.insightShare}%）；訓練前的第 0 輪 ${i?.initial} 秒。`)
};

export const cli_bench_insights_failed = /** @type {(inputs: Cli_Bench_Insights_FailedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`內部資料：${i?.error}`)
};

export const cli_bench_insights_stored = /** @type {(inputs: Cli_Bench_Insights_StoredInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`每輪儲存：MNIST 形狀 ${i?.mnist}（中繼資料 ${i?.mnistMeta}），moons 形狀 ${i?.moons}（中繼資料 ${i?.moonsMeta}）。`)
};

export const cli_bench_matmul = /** @type {(inputs: Cli_Bench_MatmulInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`矩陣乘法上限：wasm（XNNPACK，1024^3）${i?.limits}`)
};

export const cli_bench_matmul_native = /** @type {(inputs: Cli_Bench_Matmul_NativeInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`矩陣乘法上限：wasm（XNNPACK，1024^3）${i?.limits}；原生 TensorFlow（2048^3，${i?.version}）${i?.gflops} GFLOP/s`)
};

export const cli_bench_matmul_threads = /** @type {(inputs: Cli_Bench_Matmul_ThreadsInputs) => LocalizedString} */ (i) => {
	const threadsPlural = registry.plural("zh-Hant", i?.threads, {});return /** @type {LocalizedString} */ (`${i?.threads} 個執行緒 ${i?.gflops} GFLOP/s`)
};

export const cli_bench_measured = /** @type {(inputs: Cli_Bench_MeasuredInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.workload} ${i?.backend} ${i?.mode}：${i?.result}`)
};

export const cli_bench_peer_failed = /** @type {(inputs: Cli_Bench_Peer_FailedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`沒有 TensorFlow 對照列：${i?.detail}`)
};

export const cli_bench_peer_no_python = /** @type {(inputs: Cli_Bench_Peer_No_PythonInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`沒有 TensorFlow 對照列：${i?.path} 處沒有 Python 測試環境（見 test/keras/run-keras-checks.mjs）`)
};

export const cli_bench_samples_per_s = /** @type {(inputs: Cli_Bench_Samples_Per_SInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`每秒 ${i?.value} 個樣本`)
};

export const cli_bench_software_adapter = /** @type {(inputs: Cli_Bench_Software_AdapterInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`唯一的介面卡是軟體介面卡（${i?.gpu}），比 WebAssembly 慢；--webgpu 仍會測量它`)
};

export const cli_bench_start = /** @type {(inputs: Cli_Bench_StartInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`LayerLab 基準測試：${i?.cores} 個核心（${i?.cpu}），Node ${i?.node}，${i?.repeats} 次約 ${i?.seconds} 秒的重複`)
};

export const cli_bench_unknown_cpu = /** @type {(inputs: Cli_Bench_Unknown_CpuInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`未知 CPU`)
};

export const cli_bench_webgpu_skipped = /** @type {(inputs: Cli_Bench_Webgpu_SkippedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`webgpu：跳過（${i?.why}）`)
};

export const cli_check_fail = /** @type {(inputs: Cli_Check_FailInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`未通過`)
};

export const cli_check_lab = /** @type {(inputs: Cli_Check_LabInputs) => LocalizedString} */ (i) => {
	const countPlural = registry.plural("zh-Hant", i?.count, {});return /** @type {LocalizedString} */ (`實驗「${i?.name}」（${i?.id}），共 ${i?.count} 步。`)
};

export const cli_check_pass = /** @type {(inputs: Cli_Check_PassInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`通過`)
};

export const cli_check_passed = /** @type {(inputs: Cli_Check_PassedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.count} 項檢查中通過了 ${i?.passed} 項。`)
};

export const cli_check_passed_in = /** @type {(inputs: Cli_Check_Passed_InInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.count} 項檢查中通過了 ${i?.passed} 項，用時 ${i?.seconds} 秒。`)
};

export const cli_check_ran_grid = /** @type {(inputs: Cli_Check_Ran_GridInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`執行了網格 ${i?.grid}（${i?.status}）`)
};

export const cli_check_step = /** @type {(inputs: Cli_Check_StepInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`第 ${i?.step} 步「${i?.title}」：${i?.did}，用時 ${i?.seconds} 秒。`)
};

export const cli_check_trained = /** @type {(inputs: Cli_Check_TrainedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`訓練了「${i?.name}」（${i?.status}）`)
};

export const cli_check_trained_failed = /** @type {(inputs: Cli_Check_Trained_FailedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`訓練了「${i?.name}」（${i?.status}：${i?.error}）`)
};

export const cli_class_best = /** @type {(inputs: Cli_Class_BestInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`最佳 ${i?.metric}`)
};

export const cli_class_checks = /** @type {(inputs: Cli_Class_ChecksInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`檢查`)
};

export const cli_class_file = /** @type {(inputs: Cli_Class_FileInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`檔案`)
};

export const cli_class_host_anyone = /** @type {(inputs: Cli_Class_Host_AnyoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`任何能連到這個網址、並持有班級名單中某個代碼的人，都可以用那位學生的身分登入。`)
};

export const cli_class_host_codes_unwritten = /** @type {(inputs: Cli_Class_Host_Codes_UnwrittenInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`無法把新的代碼寫入 ${i?.file}；代碼如下：`)
};

export const cli_class_host_everywhere = /** @type {(inputs: Cli_Class_Host_EverywhereInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`這台機器所在的每個網路（明確要求了 ${i?.host}）`)
};

export const cli_class_host_limits = /** @type {(inputs: Cli_Class_Host_LimitsInputs) => LocalizedString} */ (i) => {
	const countPlural = registry.plural("zh-Hant", i?.count, {});return /** @type {LocalizedString} */ (`限制：全班同時 ${i?.count} 個訓練程序，每個學生 ${i?.perStudent} 個；其餘的執行排隊等候，學生輪流。`)
};

export const cli_class_host_listening = /** @type {(inputs: Cli_Class_Host_ListeningInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`監聽範圍：${i?.where}。`)
};

export const cli_class_host_loopback = /** @type {(inputs: Cli_Class_Host_LoopbackInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`只有這台機器（127.0.0.1）；用 --host <教室網路位址> 向全班開放`)
};

export const cli_class_host_network = /** @type {(inputs: Cli_Class_Host_NetworkInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.host} 所在的網路`)
};

export const cli_class_host_no_students = /** @type {(inputs: Cli_Class_Host_No_StudentsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`班級名單上有 ${i?.count} 位學生（在老師頁面上新增）。班級的資料（每位學生的實驗、執行、匯出）在 ${i?.dir}`)
};

export const cli_class_host_running = /** @type {(inputs: Cli_Class_Host_RunningInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`LayerLab 班級伺服器正在執行：${i?.urls}`)
};

export const cli_class_host_stop = /** @type {(inputs: Cli_Class_Host_StopInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`按 Ctrl-C 停止伺服器（正在訓練的執行會保留已完成的輪次）。`)
};

export const cli_class_host_student_can = /** @type {(inputs: Cli_Class_Host_Student_CanInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`學生可以：開啟、編輯和儲存自己的實驗，訓練（在限制之內），檢視和匯出自己的執行和報告。不可以：看別的學生的作業、伺服器上的檔案，或使用工作機池。`)
};

export const cli_class_host_students = /** @type {(inputs: Cli_Class_Host_StudentsInputs) => LocalizedString} */ (i) => {
	const countPlural = registry.plural("zh-Hant", i?.count, {});return /** @type {LocalizedString} */ (`班級名單上有 ${i?.count} 位學生。班級的資料（每位學生的實驗、執行、匯出）在 ${i?.dir}`)
};

export const cli_class_host_teacher = /** @type {(inputs: Cli_Class_Host_TeacherInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`老師頁面（代碼和即時進度；這個網址請自己保管）：${i?.url}`)
};

export const cli_class_locks = /** @type {(inputs: Cli_Class_LocksInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`鎖定`)
};

export const cli_class_locks_changed = /** @type {(inputs: Cli_Class_Locks_ChangedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`已改動`)
};

export const cli_class_locks_ok = /** @type {(inputs: Cli_Class_Locks_OkInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`一致`)
};

export const cli_class_locks_unknown = /** @type {(inputs: Cli_Class_Locks_UnknownInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`未知`)
};

export const cli_class_no_name = /** @type {(inputs: Cli_Class_No_NameInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`（無名字）`)
};

export const cli_class_student = /** @type {(inputs: Cli_Class_StudentInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`學生`)
};

export const cli_class_title = /** @type {(inputs: Cli_Class_TitleInputs) => LocalizedString} */ (i) => {
	const countPlural = registry.plural("zh-Hant", i?.count, {});return /** @type {LocalizedString} */ (`${i?.lab}：${i?.count} 份報告`)
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

export const cli_evaluate_result = /** @type {(inputs: Cli_Evaluate_ResultInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.dataset} 的 ${i?.count}/${i?.count} 個測試樣本 - loss: ${i?.loss} - accuracy: ${i?.accuracy}（執行 ${i?.run}「${i?.name}」）`)
};

export const cli_grid_bar = /** @type {(inputs: Cli_Grid_BarInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`網格 |${i?.bar}| ${i?.value}/${i?.total} 折 - 已完成 ${i?.trials} 個設定 - 預計剩餘 ${i?.eta}`)
};

export const cli_grid_best = /** @type {(inputs: Cli_Grid_BestInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`最佳：${i?.setting}（${i?.metric} 平均值 ${i?.mean} ± ${i?.std}）`)
};

export const cli_grid_default_backend = /** @type {(inputs: Cli_Grid_Default_BackendInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`預設後端`)
};

export const cli_grid_fold = /** @type {(inputs: Cli_Grid_FoldInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`第 ${i?.fold} 折`)
};

export const cli_grid_holdout = /** @type {(inputs: Cli_Grid_HoldoutInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`保留集`)
};

export const cli_grid_mean = /** @type {(inputs: Cli_Grid_MeanInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.metric} 平均值 ± 標準差`)
};

export const cli_grid_no_dataset = /** @type {(inputs: Cli_Grid_No_DatasetInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`現在沒有工作機的資料資料夾裡有資料集「${i?.dataset}」：它的各折會等待有它的工作機（把資料複製到工作機的資料資料夾）。`)
};

export const cli_grid_no_worker = /** @type {(inputs: Cli_Grid_No_WorkerInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`還沒有工作機：在每台電腦上用 layerlab worker --redis ADDRESS 啟動一個。`)
};

export const cli_grid_pool_queuing = /** @type {(inputs: Cli_Grid_Pool_QueuingInputs) => LocalizedString} */ (i) => {
	const countPlural = registry.plural("zh-Hant", i?.count, {});return /** @type {LocalizedString} */ (`正在把 ${i?.count} 折排到 ${i?.url} 的工作機池上；${i?.who}`)
};

export const cli_grid_pool_resuming = /** @type {(inputs: Cli_Grid_Pool_ResumingInputs) => LocalizedString} */ (i) => {
	const countPlural = registry.plural("zh-Hant", i?.count, {});return /** @type {LocalizedString} */ (`繼續這個網格：正在把 ${i?.count} 折排到 ${i?.url} 的工作機池上；${i?.who}`)
};

export const cli_grid_progress = /** @type {(inputs: Cli_Grid_ProgressInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`已完成 ${i?.done}/${i?.total} 折`)
};

export const cli_grid_progress_eta = /** @type {(inputs: Cli_Grid_Progress_EtaInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`已完成 ${i?.done}/${i?.total} 折，大約還剩 ${i?.seconds} 秒`)
};

export const cli_grid_refit = /** @type {(inputs: Cli_Grid_RefitInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`最佳設定已在網格的全部訓練資料上重新訓練：測試損失 ${i?.loss}，測試準確率 ${i?.accuracy}`)
};

export const cli_grid_resuming = /** @type {(inputs: Cli_Grid_ResumingInputs) => LocalizedString} */ (i) => {
	const countPlural = registry.plural("zh-Hant", i?.count, {});return /** @type {LocalizedString} */ (`在 ${i?.backend} 上繼續 ${i?.total} 個設定的網格（已完成 ${i?.done} 個），同時執行 ${i?.count} 個訓練程序。`)
};

export const cli_grid_running = /** @type {(inputs: Cli_Grid_RunningInputs) => LocalizedString} */ (i) => {
	const countPlural = registry.plural("zh-Hant", i?.count, {});return /** @type {LocalizedString} */ (`在 ${i?.backend} 上執行 ${i?.total} 個設定的網格（已完成 ${i?.done} 個），同時執行 ${i?.count} 個訓練程序。`)
};

export const cli_grid_setting = /** @type {(inputs: Cli_Grid_SettingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`設定`)
};

export const cli_grid_stopping = /** @type {(inputs: Cli_Grid_StoppingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`目前批次結束後停止網格；再執行同一指令即可繼續。`)
};

export const cli_grid_trial_done = /** @type {(inputs: Cli_Grid_Trial_DoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`已完成`)
};

export const cli_grid_trial_pending = /** @type {(inputs: Cli_Grid_Trial_PendingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`等待中`)
};

export const cli_grid_workers_now = /** @type {(inputs: Cli_Grid_Workers_NowInputs) => LocalizedString} */ (i) => {
	const countPlural = registry.plural("zh-Hant", i?.count, {});return /** @type {LocalizedString} */ (`現在有 ${i?.count} 台工作機：${i?.names}。`)
};

export const cli_grids_empty = /** @type {(inputs: Cli_Grids_EmptyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`還沒有網格。執行一個：layerlab grid LAB.layerlab.json`)
};

export const cli_grids_row = /** @type {(inputs: Cli_Grids_RowInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.done}/${i?.total} 個設定  最佳 ${i?.metric} ${i?.best}`)
};

export const cli_import_line = /** @type {(inputs: Cli_Import_LineInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`第 ${i?.line} 行：${i?.warning}`)
};

export const cli_import_wrote = /** @type {(inputs: Cli_Import_WroteInputs) => LocalizedString} */ (i) => {
	const countPlural = registry.plural("zh-Hant", i?.count, {});return /** @type {LocalizedString} */ (`已寫入 ${i?.file}：${i?.layers} 層，${i?.count} 則警告。`)
};

export const cli_insight_activation = /** @type {(inputs: Cli_Insight_ActivationInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.layer}：平均 ${i?.mean} ± ${i?.std}`)
};

export const cli_insight_activation_dead = /** @type {(inputs: Cli_Insight_Activation_DeadInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.layer}：平均 ${i?.mean} ± ${i?.std}，${i?.dead} 的 ReLU 已死亡`)
};

export const cli_insight_gradient = /** @type {(inputs: Cli_Insight_GradientInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`梯度 ${i?.norm}`)
};

export const cli_insight_no_gradient = /** @type {(inputs: Cli_Insight_No_GradientInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`沒有梯度`)
};

export const cli_insight_weights = /** @type {(inputs: Cli_Insight_WeightsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.layer}：${i?.sparsity} 的權重約為 0 · L1 ${i?.l1} · L2 ${i?.l2} · ${i?.grad}`)
};

export const cli_inspect_activations = /** @type {(inputs: Cli_Inspect_ActivationsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`激活值（在前幾個驗證樣本上）`)
};

export const cli_inspect_confidence = /** @type {(inputs: Cli_Inspect_ConfidenceInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`信心度`)
};

export const cli_inspect_confusion = /** @type {(inputs: Cli_Inspect_ConfusionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`混淆矩陣（列：真實類別，欄：預測類別）`)
};

export const cli_inspect_corner = /** @type {(inputs: Cli_Inspect_CornerInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`真實 \\ 預測`)
};

export const cli_inspect_index = /** @type {(inputs: Cli_Inspect_IndexInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`序號`)
};

export const cli_inspect_no_examples = /** @type {(inputs: Cli_Inspect_No_ExamplesInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.count} 個驗證樣本中沒有可計的樣本（切分：${i?.split}）`)
};

export const cli_inspect_no_split = /** @type {(inputs: Cli_Inspect_No_SplitInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`無`)
};

export const cli_inspect_no_validation = /** @type {(inputs: Cli_Inspect_No_ValidationInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`沒有驗證資料：沒有混淆矩陣，也沒有錯例。`)
};

export const cli_inspect_none_wrong = /** @type {(inputs: Cli_Inspect_None_WrongInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`沒有：每個驗證樣本都正確`)
};

export const cli_inspect_outside = /** @type {(inputs: Cli_Inspect_OutsideInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`（${i?.under} 個低於範圍，${i?.over} 個高於範圍）`)
};

export const cli_inspect_predicted = /** @type {(inputs: Cli_Inspect_PredictedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`預測`)
};

export const cli_inspect_right = /** @type {(inputs: Cli_Inspect_RightInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.count} 個驗證樣本中 ${i?.percent} 正確（切分：${i?.split}）`)
};

export const cli_inspect_title = /** @type {(inputs: Cli_Inspect_TitleInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`執行 ${i?.run}「${i?.name}」，第 ${i?.epoch} 輪（已記錄：0 到 ${i?.last}；0 是訓練之前）`)
};

export const cli_inspect_true = /** @type {(inputs: Cli_Inspect_TrueInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`真實`)
};

export const cli_inspect_weights = /** @type {(inputs: Cli_Inspect_WeightsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`權重`)
};

export const cli_inspect_wrong = /** @type {(inputs: Cli_Inspect_WrongInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`最有把握卻錯了的樣本`)
};

export const cli_labs_minutes = /** @type {(inputs: Cli_Labs_MinutesInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.minutes} 分鐘（快速版 ${i?.quick}）`)
};

export const cli_labs_steps = /** @type {(inputs: Cli_Labs_StepsInputs) => LocalizedString} */ (i) => {
	const countPlural = registry.plural("zh-Hant", i?.count, {});return /** @type {LocalizedString} */ (`${i?.count} 步`)
};

export const cli_report_wrote = /** @type {(inputs: Cli_Report_WroteInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`（${i?.count} 次執行，檢查 ${i?.passed}/${i?.checks}）`)
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

export const cli_serve_open = /** @type {(inputs: Cli_Serve_OpenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`在這台機器的瀏覽器中開啟這個網址（其中含有存取權杖）。按 Ctrl-C 停止。`)
};

export const cli_serve_pool = /** @type {(inputs: Cli_Serve_PoolInputs) => LocalizedString} */ (i) => {
	const countPlural = registry.plural("zh-Hant", i?.count, {});return /** @type {LocalizedString} */ (`${i?.url} 的工作機池：現在有 ${i?.count} 台工作機。`)
};

export const cli_serve_running = /** @type {(inputs: Cli_Serve_RunningInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`LayerLab 正在執行：${i?.url}`)
};

export const cli_start_browser_given = /** @type {(inputs: Cli_Start_Browser_GivenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`指定了 --browser`)
};

export const cli_start_building = /** @type {(inputs: Cli_Start_BuildingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`正在為 Electron 建置 LayerLab…`)
};

export const cli_start_no_binary = /** @type {(inputs: Cli_Start_No_BinaryInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`electron 套件裡沒有執行檔`)
};

export const cli_start_no_electron = /** @type {(inputs: Cli_Start_No_ElectronInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`沒有 Electron 執行檔（${i?.why}）：改為在瀏覽器中啟動 LayerLab。`)
};

export const cli_start_not_installed = /** @type {(inputs: Cli_Start_Not_InstalledInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`沒有安裝 electron 套件`)
};

export const cli_store_repaired = /** @type {(inputs: Cli_Store_RepairedInputs) => LocalizedString} */ (i) => {
	const countPlural = registry.plural("zh-Hant", i?.count, {});return /** @type {LocalizedString} */ (`已把執行庫移到 ${i?.moved}（原樣保留），並把 ${i?.count} 列可讀的資料複製到 ${i?.store} 的新庫中。`)
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

export const cli_worker_has = /** @type {(inputs: Cli_Worker_HasInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`有 ${i?.datasets}`)
};

export const cli_worker_has_none = /** @type {(inputs: Cli_Worker_Has_NoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`沒有內建資料集（只能用生成的資料集）`)
};

export const cli_worker_joined = /** @type {(inputs: Cli_Worker_JoinedInputs) => LocalizedString} */ (i) => {
	const countPlural = registry.plural("zh-Hant", i?.count, {});return /** @type {LocalizedString} */ (`工作機 ${i?.name} 已加入 ${i?.url} 的工作機池：同時 ${i?.count} 個工作，在 ${i?.backend} 上訓練，${i?.has}。`)
};

export const cli_worker_leaving = /** @type {(inputs: Cli_Worker_LeavingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`正在離開工作機池。`)
};

export const cli_worker_leaving_jobs = /** @type {(inputs: Cli_Worker_Leaving_JobsInputs) => LocalizedString} */ (i) => {
	const countPlural = registry.plural("zh-Hant", i?.count, {});return /** @type {LocalizedString} */ (`正在離開工作機池：把 ${i?.count} 個工作交回佇列（再按一次 Ctrl+C 立即結束）。`)
};

export const cli_worker_left = /** @type {(inputs: Cli_Worker_LeftInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`工作機 ${i?.name} 已離開工作機池。`)
};

export const cli_worker_left_anyway = /** @type {(inputs: Cli_Worker_Left_AnywayInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.seconds} 秒內沒能把工作交回 ${i?.url}；仍然離開：它們的鎖過期後會回到佇列。`)
};

export const cli_wrote = /** @type {(inputs: Cli_WroteInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`已寫入 ${i?.files}`)
};

export const clierr_choices = /** @type {(inputs: Clierr_ChoicesInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`可選的值有：${i?.list}。`)
};

export const clierr_did_you_mean = /** @type {(inputs: Clierr_Did_You_MeanInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`（你是想用 ${i?.name} 嗎？）`)
};

export const clierr_did_you_mean_one_of = /** @type {(inputs: Clierr_Did_You_Mean_One_OfInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`（你是想用 ${i?.list} 其中之一嗎？）`)
};

export const clierr_help_hint = /** @type {(inputs: Clierr_Help_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`（加上 --help 查看用法）`)
};

export const clierr_invalid_argument = /** @type {(inputs: Clierr_Invalid_ArgumentInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`錯誤：引數 ${i?.name} 的值「${i?.value}」無效。${i?.reason}`)
};

export const clierr_invalid_value = /** @type {(inputs: Clierr_Invalid_ValueInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`錯誤：選項 ${i?.option} 的值「${i?.value}」無效。${i?.reason}`)
};

export const clierr_missing_argument = /** @type {(inputs: Clierr_Missing_ArgumentInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`錯誤：缺少必要的引數 ${i?.name}`)
};

export const clierr_missing_option = /** @type {(inputs: Clierr_Missing_OptionInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`錯誤：沒有給出必要的選項 ${i?.option}`)
};

export const clierr_not_number = /** @type {(inputs: Clierr_Not_NumberInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`「${i?.value}」不是大於或等於 0 的數。`)
};

export const clierr_not_one_of = /** @type {(inputs: Clierr_Not_One_OfInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`「${i?.value}」不是 ${i?.list} 其中之一。`)
};

export const clierr_not_port = /** @type {(inputs: Clierr_Not_PortInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`「${i?.value}」不是連接埠號碼（0 到 65535；0 表示自動選一個空閒的）。`)
};

export const clierr_not_whole = /** @type {(inputs: Clierr_Not_WholeInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`「${i?.value}」不是大於或等於 ${i?.min} 的整數。`)
};

export const clierr_option_no_value = /** @type {(inputs: Clierr_Option_No_ValueInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`錯誤：選項 ${i?.option} 缺少值`)
};

export const clierr_too_many = /** @type {(inputs: Clierr_Too_ManyInputs) => LocalizedString} */ (i) => {
	const expectedPlural = registry.plural("zh-Hant", i?.expected, {});return /** @type {LocalizedString} */ (`錯誤：引數太多。應該有 ${i?.expected} 個，實際給了 ${i?.count} 個。`)
};

export const clierr_too_many_for = /** @type {(inputs: Clierr_Too_Many_ForInputs) => LocalizedString} */ (i) => {
	const expectedPlural = registry.plural("zh-Hant", i?.expected, {});return /** @type {LocalizedString} */ (`錯誤：${i?.command} 的引數太多。應該有 ${i?.expected} 個，實際給了 ${i?.count} 個。`)
};

export const clierr_unknown_command = /** @type {(inputs: Clierr_Unknown_CommandInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`錯誤：未知的指令 ${i?.command}`)
};

export const clierr_unknown_option = /** @type {(inputs: Clierr_Unknown_OptionInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`錯誤：未知的選項 ${i?.option}`)
};

export const clihelp_arguments = /** @type {(inputs: Clihelp_ArgumentsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`引數：`)
};

export const clihelp_bench = /** @type {(inputs: Clihelp_BenchInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`測量訓練速度和記憶體：原版 TensorFlow.js 對比 LayerLab 引擎。`)
};

export const clihelp_check = /** @type {(inputs: Clihelp_CheckInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`在已儲存的訓練上評估引導實驗的檢查（--walk：先逐步訓練）。`)
};

export const clihelp_class = /** @type {(inputs: Clihelp_ClassInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`一個報告資料夾的班級總覽：每位學生一列。`)
};

export const clihelp_commands = /** @type {(inputs: Clihelp_CommandsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`命令：`)
};

export const clihelp_datasets = /** @type {(inputs: Clihelp_DatasetsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`列出內建資料集及其所在位置。`)
};

export const clihelp_evaluate = /** @type {(inputs: Clihelp_EvaluateInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`像 model.evaluate 那樣，在資料集的測試集上評估訓練好的模型（或 Keras .keras/.h5 檔案）。`)
};

export const clihelp_export = /** @type {(inputs: Clihelp_ExportInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`匯出已儲存訓練的模型或訓練歷程，或把實驗匯出為 Keras 指令碼。`)
};

export const clihelp_grid = /** @type {(inputs: Clihelp_GridInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`以交叉驗證執行實驗的超參數網格（未完成的會繼續）。`)
};

export const clihelp_grids = /** @type {(inputs: Clihelp_GridsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`列出已儲存的網格。`)
};

export const clihelp_help = /** @type {(inputs: Clihelp_HelpInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`顯示命令的說明`)
};

export const clihelp_import = /** @type {(inputs: Clihelp_ImportInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`把 Keras 程式碼（.py 檔案）轉成實驗檔案。`)
};

export const clihelp_inspect = /** @type {(inputs: Clihelp_InspectInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`顯示一次訓練在某一輪記錄的模型內部：權重（稀疏度、範數、直方圖）、激活值、混淆矩陣、最有把握的錯誤。`)
};

export const clihelp_labs = /** @type {(inputs: Clihelp_LabsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`依主題列出引導實驗庫及預計用時（分鐘）。`)
};

export const clihelp_lang = /** @type {(inputs: Clihelp_LangInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`給人看的輸出所用的語言：en、zh-Hans、zh-Hant（--json 維持英文）`)
};

export const clihelp_options = /** @type {(inputs: Clihelp_OptionsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`選項：`)
};

export const clihelp_program = /** @type {(inputs: Clihelp_ProgramInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`建構、訓練和比較神經網路，親眼看它們過度擬合。`)
};

export const clihelp_report = /** @type {(inputs: Clihelp_ReportInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`產生引導實驗的報告（步驟、回答、檢查、曲線、模型、訓練）。`)
};

export const clihelp_runs = /** @type {(inputs: Clihelp_RunsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`列出已儲存的訓練（最新的在前）。`)
};

export const clihelp_serve = /** @type {(inputs: Clihelp_ServeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`在本機為瀏覽器提供應用程式（127.0.0.1，附存取權杖）。`)
};

export const clihelp_start = /** @type {(inputs: Clihelp_StartInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`啟動桌面應用程式（沒有 Electron 時啟動瀏覽器版）。`)
};

export const clihelp_store = /** @type {(inputs: Clihelp_StoreInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`維護訓練紀錄庫。`)
};

export const clihelp_train = /** @type {(inputs: Clihelp_TrainInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`訓練一個實驗（或在資料集上訓練 Keras 模型 JSON），並儲存這次訓練。`)
};

export const clihelp_usage = /** @type {(inputs: Clihelp_UsageInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`用法：`)
};

export const clihelp_version = /** @type {(inputs: Clihelp_VersionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`顯示版本號`)
};

export const clihelp_worker = /** @type {(inputs: Clihelp_WorkerInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`加入 Redis 伺服器上的工作池，為教師訓練網格的各折。`)
};

export const cliopt_backend = /** @type {(inputs: Cliopt_BackendInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`強制使用某個後端`)
};

export const cliopt_bench_backends = /** @type {(inputs: Cliopt_Bench_BackendsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`逗號分隔：tensorflow-gpu、webgpu、tensorflow、wasm、cpu`)
};

export const cliopt_bench_insights_only = /** @type {(inputs: Cliopt_Bench_Insights_OnlyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`只測量記錄內部資料的開銷`)
};

export const cliopt_bench_json = /** @type {(inputs: Cliopt_Bench_JsonInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`每項測量一個 JSON 物件`)
};

export const cliopt_bench_modes = /** @type {(inputs: Cliopt_Bench_ModesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`stock、engine1（一個 wasm 執行緒）、engine（每個核心一個執行緒）`)
};

export const cliopt_bench_no_grid = /** @type {(inputs: Cliopt_Bench_No_GridInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`跳過網格吞吐量測量（1 個對比 2 個平行訓練程序）`)
};

export const cliopt_bench_no_insights = /** @type {(inputs: Cliopt_Bench_No_InsightsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`跳過記錄內部資料的測量（一輪 MNIST，記錄與不記錄）`)
};

export const cliopt_bench_no_peer = /** @type {(inputs: Cliopt_Bench_No_PeerInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`跳過矩陣乘法上限和 Python 版 TensorFlow 對照列（.venv-keras）`)
};

export const cliopt_bench_repeats = /** @type {(inputs: Cliopt_Bench_RepeatsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`每項測量的計時重複次數（報告中位數）`)
};

export const cliopt_bench_seconds = /** @type {(inputs: Cliopt_Bench_SecondsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`一次計時重複的目標時長`)
};

export const cliopt_bench_webgpu = /** @type {(inputs: Cliopt_Bench_WebgpuInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`也在軟體轉接器上測量 WebGPU（SwiftShader、llvmpipe）；也可用 LAYERLAB_BENCH_WEBGPU=1`)
};

export const cliopt_bench_workloads = /** @type {(inputs: Cliopt_Bench_WorkloadsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`逗號分隔：${i?.list}`)
};

export const cliopt_check_lab = /** @type {(inputs: Cliopt_Check_LabInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`一個 .layerlab.json 引導實驗，或依 ID 指定的實驗庫中的實驗（layerlab labs）`)
};

export const cliopt_check_quick = /** @type {(inputs: Cliopt_Check_QuickInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`實驗庫中實驗的快速版（輪數更少，子集更小）`)
};

export const cliopt_check_walk = /** @type {(inputs: Cliopt_Check_WalkInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`走一遍實驗：每一步的設定，每個有檢查的步驟執行一次（或一個網格）`)
};

export const cliopt_choices = /** @type {(inputs: Cliopt_ChoicesInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`可選：${i?.list}`)
};

export const cliopt_class_csv = /** @type {(inputs: Cliopt_Class_CsvInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`同時把各列寫成 CSV（每個問題一欄）`)
};

export const cliopt_class_dir = /** @type {(inputs: Cliopt_Class_DirInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`報告檔所在的資料夾（.html、.pdf）`)
};

export const cliopt_class_json = /** @type {(inputs: Cliopt_Class_JsonInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`以 JSON 輸出總覽`)
};

export const cliopt_class_lab = /** @type {(inputs: Cliopt_Class_LabInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`老師的實驗：鎖定部分不同的報告會被標出`)
};

export const cliopt_data_dir = /** @type {(inputs: Cliopt_Data_DirInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`存放資料集的資料夾（在 LAYERLAB_DATA_DIR 和預設資料夾之前搜尋）`)
};

export const cliopt_datasets_data_dir = /** @type {(inputs: Cliopt_Datasets_Data_DirInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`存放資料集的資料夾（最先搜尋）`)
};

export const cliopt_datasets_download = /** @type {(inputs: Cliopt_Datasets_DownloadInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`把一個內建資料集下載到使用者資料資料夾`)
};

export const cliopt_datasets_json = /** @type {(inputs: Cliopt_Datasets_JsonInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`每個資料集輸出一個 JSON 物件`)
};

export const cliopt_default = /** @type {(inputs: Cliopt_DefaultInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`預設：${i?.value}`)
};

export const cliopt_evaluate_data_dir = /** @type {(inputs: Cliopt_Evaluate_Data_DirInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`存放資料集的資料夾（在 LAYERLAB_DATA_DIR 和預設位置之前搜尋）`)
};

export const cliopt_evaluate_dataset = /** @type {(inputs: Cliopt_Evaluate_DatasetInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`使用哪個資料集的測試集（預設：執行自己的）`)
};

export const cliopt_evaluate_run = /** @type {(inputs: Cliopt_Evaluate_RunInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`執行 ID 或名稱（見 layerlab runs），或一個 .keras 或 .h5 檔`)
};

export const cliopt_export_format = /** @type {(inputs: Cliopt_Export_FormatInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`匯出格式`)
};

export const cliopt_export_formats = /** @type {(inputs: Cliopt_Export_FormatsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`格式：`)
};

export const cliopt_export_json = /** @type {(inputs: Cliopt_Export_JsonInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`以 JSON 輸出寫入的檔案`)
};

export const cliopt_export_out = /** @type {(inputs: Cliopt_Export_OutInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`寫入的資料夾`)
};

export const cliopt_export_run_lab = /** @type {(inputs: Cliopt_Export_Run_LabInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`執行 ID（或它唯一的前綴，或它的名稱），或一個 .layerlab.json 檔`)
};

export const cliopt_extras = /** @type {(inputs: Cliopt_ExtrasInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`（${i?.list}）`)
};

export const cliopt_grid_folds = /** @type {(inputs: Cliopt_Grid_FoldsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`k 折交叉驗證（預設 3，分層）`)
};

export const cliopt_grid_holdout = /** @type {(inputs: Cliopt_Grid_HoldoutInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`用一次保留切分代替 k 折`)
};

export const cliopt_grid_lab = /** @type {(inputs: Cliopt_Grid_LabInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`一個 .layerlab.json 實驗檔`)
};

export const cliopt_grid_no_refit = /** @type {(inputs: Cliopt_Grid_No_RefitInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`不在全部訓練資料上重新訓練最好的設定`)
};

export const cliopt_grid_parallel = /** @type {(inputs: Cliopt_Grid_ParallelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`同時執行的訓練程序數（預設：每個核心一個，GPU 上一個）`)
};

export const cliopt_grid_random = /** @type {(inputs: Cliopt_Grid_RandomInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`隨機搜尋：從空間中抽取這麼多個設定`)
};

export const cliopt_grid_rank_by = /** @type {(inputs: Cliopt_Grid_Rank_ByInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`為設定排名所用的指標`)
};

export const cliopt_grid_redis = /** @type {(inputs: Cliopt_Grid_RedisInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`把各折排到工作機池（layerlab worker）上：redis://[:PASSWORD@]HOST:PORT，TLS 用 rediss://`)
};

export const cliopt_grid_restart = /** @type {(inputs: Cliopt_Grid_RestartInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`即使這個實驗有未完成的網格，也開始一個新的`)
};

export const cliopt_grid_sweep = /** @type {(inputs: Cliopt_Grid_SweepInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`掃描一個設定：layers.dropout.rate=0.3,0.5,0.7 或 training.learningRate=0.0001:0.1:4:log（可重複）；所有 Dropout 用同一個值：'layers.*Dropout.rate=0.3,0.5'，指定的層：layers.dense+dense_1.kernelRegularizer.l2=0.001,0.01`)
};

export const cliopt_grids_json = /** @type {(inputs: Cliopt_Grids_JsonInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`每個網格一個 JSON 物件`)
};

export const cliopt_import_code = /** @type {(inputs: Cliopt_Import_CodeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`一個建構（並編譯、擬合）Keras 模型的 Python 檔`)
};

export const cliopt_import_json = /** @type {(inputs: Cliopt_Import_JsonInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`以 JSON 輸出 {"out", "lab", "warnings"}`)
};

export const cliopt_import_out = /** @type {(inputs: Cliopt_Import_OutInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`要寫入的實驗檔（預設：程式碼旁邊的 ${i?.ext} 檔）`)
};

export const cliopt_inspect_epoch = /** @type {(inputs: Cliopt_Inspect_EpochInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`哪一輪（0 是訓練之前；預設：最後一輪）`)
};

export const cliopt_inspect_run = /** @type {(inputs: Cliopt_Inspect_RunInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`執行 ID（或它唯一的前綴，或它的名稱）`)
};

export const cliopt_json_lines = /** @type {(inputs: Cliopt_Json_LinesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`輸出 JSON 行而不是文字`)
};

export const cliopt_json_one = /** @type {(inputs: Cliopt_Json_OneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`輸出一個 JSON 物件`)
};

export const cliopt_labs_json = /** @type {(inputs: Cliopt_Labs_JsonInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`每個實驗輸出一個 JSON 物件`)
};

export const cliopt_report_format = /** @type {(inputs: Cliopt_Report_FormatInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`html（一個獨立的檔案）或 pdf`)
};

export const cliopt_report_json = /** @type {(inputs: Cliopt_Report_JsonInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`輸出 JSON 而不是文字`)
};

export const cliopt_report_lab = /** @type {(inputs: Cliopt_Report_LabInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`.layerlab.json 實驗（它的執行是庫中帶有它引導 ID 的那些）`)
};

export const cliopt_report_out = /** @type {(inputs: Cliopt_Report_OutInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`寫入報告的資料夾`)
};

export const cliopt_report_runs = /** @type {(inputs: Cliopt_Report_RunsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`要顯示的執行（預設：這個實驗每一次完成的執行）`)
};

export const cliopt_runs_json = /** @type {(inputs: Cliopt_Runs_JsonInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`每次執行輸出一個 JSON 物件`)
};

export const cliopt_separator = /** @type {(inputs: Cliopt_SeparatorInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`，`)
};

export const cliopt_serve_class = /** @type {(inputs: Cliopt_Serve_ClassInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`為一個班級服務：學生用代碼登入，各有自己的實驗和執行`)
};

export const cliopt_serve_class_dir = /** @type {(inputs: Cliopt_Serve_Class_DirInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`與 --class 一起：班級的資料（預設：<使用者資料>/class）`)
};

export const cliopt_serve_class_list = /** @type {(inputs: Cliopt_Serve_Class_ListInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`與 --class 一起：學生名單，每行一個（或 姓名,代碼）`)
};

export const cliopt_serve_host = /** @type {(inputs: Cliopt_Serve_HostInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`與 --class 一起：監聽的教室網路位址（預設 127.0.0.1）`)
};

export const cliopt_serve_max_trainers = /** @type {(inputs: Cliopt_Serve_Max_TrainersInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`與 --class 一起：全班同時執行的訓練程序數`)
};

export const cliopt_serve_open = /** @type {(inputs: Cliopt_Serve_OpenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`在預設瀏覽器中開啟網址`)
};

export const cliopt_serve_per_student = /** @type {(inputs: Cliopt_Serve_Per_StudentInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`與 --class 一起：每個學生同時執行的訓練程序數（預設 1）`)
};

export const cliopt_serve_port = /** @type {(inputs: Cliopt_Serve_PortInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`監聽的連接埠（預設：上次的連接埠，若被占用則選一個空閒的）`)
};

export const cliopt_serve_rebuild = /** @type {(inputs: Cliopt_Serve_RebuildInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`服務前重新建置介面`)
};

export const cliopt_serve_redis = /** @type {(inputs: Cliopt_Serve_RedisInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`啟動時連接一個工作機池：redis://[:PASSWORD@]HOST:PORT（TLS 用 rediss://）`)
};

export const cliopt_start_browser = /** @type {(inputs: Cliopt_Start_BrowserInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`即使裝了 Electron 也使用瀏覽器主機`)
};

export const cliopt_start_no_open = /** @type {(inputs: Cliopt_Start_No_OpenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`不開啟瀏覽器（瀏覽器主機）`)
};

export const cliopt_start_port = /** @type {(inputs: Cliopt_Start_PortInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`瀏覽器主機的連接埠（預設：上次的連接埠，若被占用則選一個空閒的）`)
};

export const cliopt_start_rebuild = /** @type {(inputs: Cliopt_Start_RebuildInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`啟動前重新建置`)
};

export const cliopt_store_repair = /** @type {(inputs: Cliopt_Store_RepairInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`把損壞的執行庫移到一旁（改名，從不刪除），並把還能讀出的內容複製到一個新庫中。`)
};

export const cliopt_store_repair_json = /** @type {(inputs: Cliopt_Store_Repair_JsonInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`以 JSON 輸出結果`)
};

export const cliopt_train_batch_size = /** @type {(inputs: Cliopt_Train_Batch_SizeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`每一步的樣本數（Keras 預設 32）`)
};

export const cliopt_train_dataset = /** @type {(inputs: Cliopt_Train_DatasetInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`mnist、fashion-mnist、imdb、synthetic:spirals|moons|circles|xor，或一個檔案或資料夾`)
};

export const cliopt_train_early_stopping_min_delta = /** @type {(inputs: Cliopt_Train_Early_Stopping_Min_DeltaInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`算作改進的最小變化`)
};

export const cliopt_train_early_stopping_monitor = /** @type {(inputs: Cliopt_Train_Early_Stopping_MonitorInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`提早停止監看的指標（預設 val_loss）`)
};

export const cliopt_train_early_stopping_patience = /** @type {(inputs: Cliopt_Train_Early_Stopping_PatienceInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`連續 n 輪沒有改進就停止`)
};

export const cliopt_train_epochs = /** @type {(inputs: Cliopt_Train_EpochsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`訓練的輪數（Keras 預設 1）`)
};

export const cliopt_train_lab = /** @type {(inputs: Cliopt_Train_LabInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`一個 .layerlab.json 實驗檔、.py 檔中的 Keras 程式碼，或要訓練的 Keras .keras/.h5 模型`)
};

export const cliopt_train_label_smoothing = /** @type {(inputs: Cliopt_Train_Label_SmoothingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`標籤平滑，取值在 [0, 1) 內（預設 0）`)
};

export const cliopt_train_learning_rate = /** @type {(inputs: Cliopt_Train_Learning_RateInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`學習率（Keras 預設：adam 0.001，rmsprop 0.001，sgd 0.01）`)
};

export const cliopt_train_loss = /** @type {(inputs: Cliopt_Train_LossInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`損失函數`)
};

export const cliopt_train_model = /** @type {(inputs: Cliopt_Train_ModelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`以 model.to_json() 儲存的 Keras 模型（tf.keras 2 或 Keras 3）`)
};

export const cliopt_train_momentum = /** @type {(inputs: Cliopt_Train_MomentumInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`SGD 動量（預設 0）`)
};

export const cliopt_train_name = /** @type {(inputs: Cliopt_Train_NameInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`這次執行在清單和圖表中的名稱`)
};

export const cliopt_train_optimizer = /** @type {(inputs: Cliopt_Train_OptimizerInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`最佳化器`)
};

export const cliopt_train_restore_best_weights = /** @type {(inputs: Cliopt_Train_Restore_Best_WeightsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`提早停止時回到最好的那一輪`)
};

export const cliopt_train_seed = /** @type {(inputs: Cliopt_Train_SeedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`亂數種子，讓 CPU 上的執行可以重現`)
};

export const cliopt_train_shuffle_labels = /** @type {(inputs: Cliopt_Train_Shuffle_LabelsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`打亂訓練標籤（記憶實驗）`)
};

export const cliopt_train_train_subset = /** @type {(inputs: Cliopt_Train_Train_SubsetInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`只用前 n 個樣本訓練`)
};

export const cliopt_train_validation = /** @type {(inputs: Cliopt_Train_ValidationInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`'test'（資料集的測試集）、'none'，或一個比例如 0.2（Keras 的 validation_split）`)
};

export const cliopt_worker_concurrency = /** @type {(inputs: Cliopt_Worker_ConcurrencyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`同時訓練的工作數`)
};

export const cliopt_worker_data_dir = /** @type {(inputs: Cliopt_Worker_Data_DirInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`存放資料集的資料夾，在預設資料夾之前搜尋（可重複）`)
};

export const cliopt_worker_name = /** @type {(inputs: Cliopt_Worker_NameInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`老師看到的這台工作機的名稱（預設：主機名稱和程序編號）`)
};

export const cliopt_worker_redis = /** @type {(inputs: Cliopt_Worker_RedisInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`工作機池：redis://HOST:PORT、redis://:PASSWORD@HOST:PORT，TLS 用 rediss://...`)
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

export const curves_baseline = /** @type {(inputs: Curves_BaselineInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`基準`)
};

export const curves_confusion_label = /** @type {(inputs: Curves_Confusion_LabelInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.count} 個樣本，佔真實 ${i?.truth} 的 ${i?.percent}%`)
};

export const curves_confusion_title = /** @type {(inputs: Curves_Confusion_TitleInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`真實 ${i?.truth}，預測 ${i?.predicted}`)
};

export const curves_dead_tooltip = /** @type {(inputs: Curves_Dead_TooltipInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.run}：${i?.percent}% 失活`)
};

export const curves_early_stop = /** @type {(inputs: Curves_Early_StopInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`提前停止`)
};

export const curves_heat_across = /** @type {(inputs: Curves_Heat_AcrossInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`橫軸`)
};

export const curves_heat_best = /** @type {(inputs: Curves_Heat_BestInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`；★ 最佳`)
};

export const curves_heat_better = /** @type {(inputs: Curves_Heat_BetterInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`較好`)
};

export const curves_heat_caption_folds = /** @type {(inputs: Curves_Heat_Caption_FoldsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.folds} 折的平均 ${i?.metric}，± 標準差`)
};

export const curves_heat_caption_holdout = /** @type {(inputs: Curves_Heat_Caption_HoldoutInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`保留集上的 ${i?.metric}`)
};

export const curves_heat_fixed = /** @type {(inputs: Curves_Heat_FixedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`其他設定固定為最佳值：${i?.settings}`)
};

export const curves_heat_folds = /** @type {(inputs: Curves_Heat_FoldsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.folds} 折的平均 ${i?.metric} ${i?.score} ${i?.std}`)
};

export const curves_heat_holdout = /** @type {(inputs: Curves_Heat_HoldoutInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`保留集上的 ${i?.metric} ${i?.score}`)
};

export const curves_heat_unfinished = /** @type {(inputs: Curves_Heat_UnfinishedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`尚未完成`)
};

export const curves_heat_up = /** @type {(inputs: Curves_Heat_UpInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`縱軸`)
};

export const curves_heat_worse = /** @type {(inputs: Curves_Heat_WorseInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`較差`)
};

export const curves_input = /** @type {(inputs: Curves_InputInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`輸入 ${i?.index}`)
};

export const curves_legend_baseline = /** @type {(inputs: Curves_Legend_BaselineInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.name}（基準）`)
};

export const curves_legend_changes = /** @type {(inputs: Curves_Legend_ChangesInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`改動：${i?.changes}`)
};

export const curves_predicted = /** @type {(inputs: Curves_PredictedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`預測類別`)
};

export const curves_spread_tooltip = /** @type {(inputs: Curves_Spread_TooltipInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.run}：平均值 ${i?.mean}，標準差 ${i?.std}`)
};

export const curves_true = /** @type {(inputs: Curves_TrueInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`真實類別`)
};

export const curves_weight_from = /** @type {(inputs: Curves_Weight_FromInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`w 從 ${i?.value} 起`)
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

export const dstext_circles = /** @type {(inputs: Dstext_CirclesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`同心圓`)
};

export const dstext_fashion_mnist = /** @type {(inputs: Dstext_Fashion_MnistInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Fashion-MNIST 服飾圖片`)
};

export const dstext_hint = /** @type {(inputs: Dstext_HintInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`把 ${i?.files}（壓縮或解壓皆可）放進 ${i?.folder}，或在連網時執行 \`layerlab datasets --download ${i?.name}\`。`)
};

export const dstext_hint_apt = /** @type {(inputs: Dstext_Hint_AptInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`在 Debian 或 Ubuntu 上，\`apt-get install ${i?.apt}\` 會安裝它們。`)
};

export const dstext_hint_imdb = /** @type {(inputs: Dstext_Hint_ImdbInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`把 ${i?.files}（或解壓出的 aclImdb/ 資料夾）放進 ${i?.folder}，或在連網時執行 \`layerlab datasets --download imdb\`。`)
};

export const dstext_imdb = /** @type {(inputs: Dstext_ImdbInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`IMDB 電影評論`)
};

export const dstext_mnist = /** @type {(inputs: Dstext_MnistInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`MNIST 手寫數字`)
};

export const dstext_moons = /** @type {(inputs: Dstext_MoonsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`雙月`)
};

export const dstext_spirals = /** @type {(inputs: Dstext_SpiralsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`螺旋`)
};

export const dstext_spirals_title = /** @type {(inputs: Dstext_Spirals_TitleInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.name}（${i?.arms} 條臂，${i?.samples} 個點，雜訊 ${i?.noise}，種子 ${i?.seed}）`)
};

export const dstext_synthetic_title = /** @type {(inputs: Dstext_Synthetic_TitleInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.name}（${i?.samples} 個點，雜訊 ${i?.noise}，種子 ${i?.seed}）`)
};

export const duration_minutes = /** @type {(inputs: Duration_MinutesInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.min} 分 ${i?.s} 秒`)
};

export const duration_seconds = /** @type {(inputs: Duration_SecondsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.s} 秒`)
};

export const edialog_lab = /** @type {(inputs: Edialog_LabInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`LayerLab 實驗`)
};

export const edialog_lab_or_keras = /** @type {(inputs: Edialog_Lab_Or_KerasInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`LayerLab 實驗或 Keras 模型 JSON`)
};

export const edialog_open_lab = /** @type {(inputs: Edialog_Open_LabInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`開啟實驗`)
};

export const edialog_quit = /** @type {(inputs: Edialog_QuitInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`結束`)
};

export const edialog_store_cannot_open = /** @type {(inputs: Edialog_Store_Cannot_OpenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`LayerLab 無法開啟它的執行紀錄庫`)
};

export const edialog_store_damaged = /** @type {(inputs: Edialog_Store_DamagedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`執行紀錄庫已損壞`)
};

export const edialog_store_move_aside = /** @type {(inputs: Edialog_Store_Move_AsideInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`把它移到一旁並新建紀錄庫`)
};

export const edialog_store_moved = /** @type {(inputs: Edialog_Store_MovedInputs) => LocalizedString} */ (i) => {
	const countPlural = registry.plural("zh-Hant", i?.count, {});return /** @type {LocalizedString} */ (`已損壞的執行紀錄庫已移到 ${i?.moved}，原樣保留；${i?.count} 筆可讀的紀錄已複製到新的紀錄庫。`)
};

export const error_augment_needs_images = /** @type {(inputs: Error_Augment_Needs_ImagesInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`影像資料擴增需要影像，但 ${i?.title} 的樣本是 ${i?.shape}；請為這個資料集關閉資料擴增。`)
};

export const error_augment_not_images = /** @type {(inputs: Error_Augment_Not_ImagesInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`資料增強只適用於影像，但 ${i?.dataset} 的樣本形狀是 ${i?.shape}；請選擇影像資料集來預覽。`)
};

export const error_backend_none = /** @type {(inputs: Error_Backend_NoneInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`沒有任何 TensorFlow.js 後端能夠啟動：${i?.reasons}`)
};

export const error_backend_unknown = /** @type {(inputs: Error_Backend_UnknownInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`未知的後端 '${i?.backend}'：請使用 ${i?.list} 其中之一或 auto。`)
};

export const error_budget_needs = /** @type {(inputs: Error_Budget_NeedsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`訓練這個模型大約需要 ${i?.total} 記憶體（${i?.params} 個參數連同梯度和最佳化器狀態佔用 ${i?.paramBytes}；一個大小為 ${i?.batch} 的批次的層輸出佔用 ${i?.activations}）`)
};

export const error_budget_not_free = /** @type {(inputs: Error_Budget_Not_FreeInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.needs}，但現在只有 ${i?.free} 可用：請關閉其他程式或結束其他執行，或使用更小的模型或批次大小。`)
};

export const error_budget_over_half = /** @type {(inputs: Error_Budget_Over_HalfInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.needs}，但 LayerLab 訓練時最多使用這台電腦 ${i?.machine} 的一半（${i?.cap}）：請減少單元或卷積核、縮小輸入，或減小批次大小。`)
};

export const error_builtin_missing = /** @type {(inputs: Error_Builtin_MissingInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`在 ${i?.searched} 中沒有找到 ${i?.title}（${i?.name}）。${i?.hint}`)
};

export const error_builtin_missing_partial = /** @type {(inputs: Error_Builtin_Missing_PartialInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`在 ${i?.searched} 中沒有找到 ${i?.title}（${i?.name}）。${i?.partial}${i?.hint}`)
};

export const error_builtin_no_folders = /** @type {(inputs: Error_Builtin_No_FoldersInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`任何資料夾`)
};

export const error_busy_delete_grid = /** @type {(inputs: Error_Busy_Delete_GridInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`這個網格搜尋仍在進行：請先停止再刪除。`)
};

export const error_busy_delete_run = /** @type {(inputs: Error_Busy_Delete_RunInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`這個執行仍在訓練：請先停止再刪除。`)
};

export const error_busy_grid_running = /** @type {(inputs: Error_Busy_Grid_RunningInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`這個網格搜尋已經在進行了。`)
};

export const error_busy_repair_store = /** @type {(inputs: Error_Busy_Repair_StoreInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`有執行正在訓練：請先停止它們，再移開執行紀錄庫。`)
};

export const error_class_host = /** @type {(inputs: Error_Class_HostInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`--host '${i?.host}' 不是這台電腦的位址；請給出 ${i?.list} 其中之一（電腦教室網路的位址），或用 0.0.0.0 表示它所在的所有網路。`)
};

export const error_class_no_pool = /** @type {(inputs: Error_Class_No_PoolInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`班級伺服器在自己的電腦上訓練：學生不能連線工作機池。`)
};

export const error_cli_class_only = /** @type {(inputs: Error_Cli_Class_OnlyInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.flag} 用於班級伺服器（請加上 --class）；一般的 serve 只監聽 127.0.0.1。`)
};

export const error_cli_concurrency = /** @type {(inputs: Error_Cli_ConcurrencyInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`--concurrency ${i?.concurrency} 超過了 64。`)
};

export const error_cli_import_json = /** @type {(inputs: Error_Cli_Import_JsonInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`'${i?.file}' 是 JSON，不是 Python；layerlab import 讀取儲存為 .py 檔案的 Keras 程式碼（實驗或 Keras 模型 JSON 請用 layerlab train 訓練）。`)
};

export const error_cli_lab_and_model = /** @type {(inputs: Error_Cli_Lab_And_ModelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`請給出實驗檔案或 --model 其中之一，不要兩個都給。`)
};

export const error_cli_lab_no_weights = /** @type {(inputs: Error_Cli_Lab_No_WeightsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`'${i?.arg}' 是實驗檔案，沒有訓練好的權重可以匯出為 ${i?.format}：請先訓練它（layerlab train ${i?.arg}）再匯出這次執行，或用 --format python 匯出實驗。`)
};

export const error_cli_lang = /** @type {(inputs: Error_Cli_LangInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`--lang ${i?.lang} 不是 LayerLab 支援的語言：請使用 ${i?.list} 其中之一。`)
};

export const error_cli_model_file_and_model = /** @type {(inputs: Error_Cli_Model_File_And_ModelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`請給出模型檔案或 --model 其中之一，不要兩個都給。`)
};

export const error_cli_model_invalid = /** @type {(inputs: Error_Cli_Model_InvalidInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`模型無效：${i?.issues}`)
};

export const error_cli_model_needs_dataset = /** @type {(inputs: Error_Cli_Model_Needs_DatasetInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`--model 需要 --dataset（例如 --dataset mnist）。`)
};

export const error_cli_model_too_large = /** @type {(inputs: Error_Cli_Model_Too_LargeInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.file} 超過 ${i?.megabytes} MB；LayerLab 只能匯入更小的 Keras 模型。`)
};

export const error_cli_no_epoch = /** @type {(inputs: Error_Cli_No_EpochInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`執行 '${i?.name}' 沒有第 ${i?.epoch} 輪：它記錄了第 0 到 ${i?.last} 輪（0 是訓練之前）；請在 0 到 ${i?.last} 之間選擇 --epoch。`)
};

export const error_cli_no_grid = /** @type {(inputs: Error_Cli_No_GridInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`這個實驗沒有網格：請給它加入一個 "grid" 區段，或給出 --sweep PATH=VALUES（例如 --sweep layers.dropout.rate=0.3,0.5,0.7）。`)
};

export const error_cli_no_insights = /** @type {(inputs: Error_Cli_No_InsightsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`執行 '${i?.name}' 沒有記錄模型內部的任何資料（它是匯入的、在訓練前失敗了，或由舊版 LayerLab 訓練）：請重新訓練它的實驗後再檢視。`)
};

export const error_cli_no_quick = /** @type {(inputs: Error_Cli_No_QuickInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.arg} 不是有快速版本的實驗庫實驗：請拿掉 --quick。`)
};

export const error_cli_no_run = /** @type {(inputs: Error_Cli_No_RunInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`沒有與 '${i?.arg}' 相符的執行。用 layerlab runs 列出所有執行。`)
};

export const error_cli_no_run_or_lab = /** @type {(inputs: Error_Cli_No_Run_Or_LabInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`沒有與 '${i?.arg}' 相符的執行。用 layerlab runs 列出所有執行（或給出 .layerlab.json 檔案）。`)
};

export const error_cli_no_run_or_model = /** @type {(inputs: Error_Cli_No_Run_Or_ModelInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`沒有與 '${i?.arg}' 相符的執行。用 layerlab runs 列出所有執行（或給出 .keras 或 .h5 檔案）。`)
};

export const error_cli_not_guided = /** @type {(inputs: Error_Cli_Not_GuidedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.arg} 沒有步驟或檢查：它不是引導式實驗。`)
};

export const error_cli_redis_not_class = /** @type {(inputs: Error_Cli_Redis_Not_ClassInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`--redis 用於 \`layerlab serve\`，不用於班級伺服器。`)
};

export const error_cli_report_folder = /** @type {(inputs: Error_Cli_Report_FolderInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`無法把 ${i?.dir} 當作資料夾讀取：請給出存放報告檔案的資料夾。`)
};

export const error_cli_report_format = /** @type {(inputs: Error_Cli_Report_FormatInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`--format ${i?.format} 不是報告格式：請使用 html 或 pdf。`)
};

export const error_cli_run_no_weights = /** @type {(inputs: Error_Cli_Run_No_WeightsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`執行 '${i?.arg}' 沒有訓練好的權重（它在得到第一個結果之前就失敗了）；請重新訓練。`)
};

export const error_cli_sweep_syntax = /** @type {(inputs: Error_Cli_Sweep_SyntaxInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`--sweep '${i?.text}' 需要 PATH=VALUES 的形式，例如 layers.dropout.rate=0.3,0.5,0.7 或 training.learningRate=0.0001:0.1:4:log。`)
};

export const error_cli_train_what = /** @type {(inputs: Error_Cli_Train_WhatInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`請給出實驗檔案（layerlab train my.layerlab.json），或 --model keras_model.json --dataset mnist。`)
};

export const error_cli_training_setting = /** @type {(inputs: Error_Cli_Training_SettingInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`訓練設定無效：${i?.issues}`)
};

export const error_cli_unknown_dataset = /** @type {(inputs: Error_Cli_Unknown_DatasetInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`未知的資料集 '${i?.value}'：請使用 mnist、fashion-mnist、imdb、synthetic:spirals|moons|circles|xor，或 CSV 檔案、.npz 檔案或影像資料夾的路徑。`)
};

export const error_cli_validation = /** @type {(inputs: Error_Cli_ValidationInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`--validation '${i?.value}' 必須是 'test'、'none' 或 0 到 1 之間的比例（例如 0.2）。`)
};

export const error_cli_worker_name = /** @type {(inputs: Error_Cli_Worker_NameInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`--name '${i?.name}' 不是有效的工作機名稱：請使用最多 100 個字母、數字、'.'、'-'、'_' 或 '@'（不含空格）。`)
};

export const error_context = /** @type {(inputs: Error_ContextInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.context}：${i?.sentence}`)
};

export const error_csv_label_column = /** @type {(inputs: Error_Csv_Label_ColumnInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`標籤欄${i?.name}`)
};

export const error_csv_no_column_index = /** @type {(inputs: Error_Csv_No_Column_IndexInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.file} 有 ${i?.width} 欄（0..${i?.last}），所以沒有第 ${i?.column} 欄可作標籤欄。請選擇其他欄。`)
};

export const error_csv_no_column_name = /** @type {(inputs: Error_Csv_No_Column_NameInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.file} 中沒有名為 ${i?.column} 的欄；它的欄是 ${i?.columns}。`)
};

export const error_csv_no_header = /** @type {(inputs: Error_Csv_No_HeaderInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.file} 沒有標題列，所以無法依名稱找到標籤欄 ${i?.column}：請改為給出它從 0 開始的索引。`)
};

export const error_csv_not_number = /** @type {(inputs: Error_Csv_Not_NumberInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.file} 第 ${i?.line} 列第 ${i?.column} 欄${i?.name}：${i?.value} 不是數字。除標籤欄外，每一欄都必須是數字；請修正這個儲存格，或選擇標籤欄。`)
};

export const error_csv_one_column = /** @type {(inputs: Error_Csv_One_ColumnInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.file} 只有一欄；它需要用逗號分隔的特徵欄和一個標籤欄。`)
};

export const error_csv_quotes = /** @type {(inputs: Error_Csv_QuotesInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.file} 第 ${i?.line} 行：${i?.detail}。請修正引號。`)
};

export const error_csv_row = /** @type {(inputs: Error_Csv_RowInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`第 ${i?.line} 列`)
};

export const error_csv_row_width = /** @type {(inputs: Error_Csv_Row_WidthInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.file} 第 ${i?.line} 列有 ${i?.cells} 個儲存格，但${i?.first}有 ${i?.width} 個。每一列都需要相同的欄。`)
};

export const error_csv_the_header = /** @type {(inputs: Error_Csv_The_HeaderInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`標題列`)
};

export const error_data_bad_gzip = /** @type {(inputs: Error_Data_Bad_GzipInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.file} 是損壞的 gzip 資料（${i?.detail}）：下載可能中斷了。請刪除後重新下載。`)
};

export const error_data_denied = /** @type {(inputs: Error_Data_DeniedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`無法讀取 ${i?.file}：沒有權限。請檢查檔案的權限。`)
};

export const error_data_empty_file = /** @type {(inputs: Error_Data_Empty_FileInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.file} 是空的。`)
};

export const error_data_folder = /** @type {(inputs: Error_Data_FolderInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.file} 是資料夾，不是檔案。`)
};

export const error_data_header_only = /** @type {(inputs: Error_Data_Header_OnlyInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.file} 只有標題列，沒有資料列：請在標題列下每列加入一個樣本。`)
};

export const error_data_inflates = /** @type {(inputs: Error_Data_InflatesInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.file} 解壓縮後超過 ${i?.limit}，這是 LayerLab 從單一 gzip 檔讀取的上限：它不是應有的檔案；請刪除後重新下載。`)
};

export const error_data_missing = /** @type {(inputs: Error_Data_MissingInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.file} 不存在：請檢查路徑。`)
};

export const error_data_no_class_folders = /** @type {(inputs: Error_Data_No_Class_FoldersInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.dir} 中沒有類別資料夾：請把圖片依類別放進各自的子資料夾，例如 ${i?.example}。`)
};

export const error_data_npy_alone = /** @type {(inputs: Error_Data_Npy_AloneInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.path}：單一 .npy 陣列中沒有標籤：請用 numpy.savez(path, x=..., y=...) 把特徵和標籤一起儲存。`)
};

export const error_data_partial_files = /** @type {(inputs: Error_Data_Partial_FilesInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.folder} 中有 ${i?.found}，但沒有 ${i?.missing}。`)
};

export const error_data_partial_folder = /** @type {(inputs: Error_Data_Partial_FolderInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.folder} 中沒有 ${i?.missing} 資料夾。`)
};

export const error_data_partial_folders = /** @type {(inputs: Error_Data_Partial_FoldersInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.folder} 中沒有 ${i?.missing} 資料夾。`)
};

export const error_data_unknown_kind = /** @type {(inputs: Error_Data_Unknown_KindInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.path}：LayerLab 能讀取 CSV 檔案（.csv）、NumPy 壓縮檔（.npz）和影像資料夾。`)
};

export const error_data_unreadable = /** @type {(inputs: Error_Data_UnreadableInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`無法讀取 ${i?.file}（${i?.detail}）。`)
};

export const error_details_in_log = /** @type {(inputs: Error_Details_In_LogInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.sentence}詳細資訊見 ${i?.log}。`)
};

export const error_disconnected = /** @type {(inputs: Error_DisconnectedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`與 LayerLab 伺服器的連線中斷了；\`layerlab serve\` 還在執行嗎？`)
};

export const error_diverged = /** @type {(inputs: Error_DivergedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`訓練在第 ${i?.epoch} 輪發散了（loss 變成了 ${i?.loss}）。學習率（${i?.rate}）可能太高：試試更小的值。`)
};

export const error_doing_check_steps = /** @type {(inputs: Error_Doing_Check_StepsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`檢查步驟`)
};

export const error_doing_delete_grid = /** @type {(inputs: Error_Doing_Delete_GridInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`刪除網格搜尋`)
};

export const error_doing_delete_run = /** @type {(inputs: Error_Doing_Delete_RunInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`刪除執行`)
};

export const error_doing_evaluate = /** @type {(inputs: Error_Doing_EvaluateInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`在測試集上評估`)
};

export const error_doing_list_grids = /** @type {(inputs: Error_Doing_List_GridsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`列出網格搜尋`)
};

export const error_doing_list_labs = /** @type {(inputs: Error_Doing_List_LabsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`列出實驗`)
};

export const error_doing_list_library = /** @type {(inputs: Error_Doing_List_LibraryInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`列出實驗庫`)
};

export const error_doing_list_runs = /** @type {(inputs: Error_Doing_List_RunsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`列出執行`)
};

export const error_doing_load_grid = /** @type {(inputs: Error_Doing_Load_GridInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`載入網格搜尋`)
};

export const error_doing_load_run = /** @type {(inputs: Error_Doing_Load_RunInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`載入執行`)
};

export const error_doing_open_file = /** @type {(inputs: Error_Doing_Open_FileInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`開啟檔案`)
};

export const error_doing_open_lab = /** @type {(inputs: Error_Doing_Open_LabInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`開啟實驗`)
};

export const error_doing_open_named = /** @type {(inputs: Error_Doing_Open_NamedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`開啟 ${i?.name}`)
};

export const error_doing_rename_run = /** @type {(inputs: Error_Doing_Rename_RunInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`重新命名執行`)
};

export const error_doing_repair_store = /** @type {(inputs: Error_Doing_Repair_StoreInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`移開損壞的執行紀錄庫`)
};

export const error_doing_save_lab = /** @type {(inputs: Error_Doing_Save_LabInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`儲存實驗`)
};

export const error_doing_start_grid = /** @type {(inputs: Error_Doing_Start_GridInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`開始網格搜尋`)
};

export const error_doing_start_training = /** @type {(inputs: Error_Doing_Start_TrainingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`開始訓練`)
};

export const error_doing_stop_grid = /** @type {(inputs: Error_Doing_Stop_GridInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`停止網格搜尋`)
};

export const error_download_broke = /** @type {(inputs: Error_Download_BrokeInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`下載 ${i?.url} 中斷了（${i?.detail}）：請重試。${i?.byHand}`)
};

export const error_download_by_hand = /** @type {(inputs: Error_Download_By_HandInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`你也可以手動下載，然後放到 ${i?.folder} 中。`)
};

export const error_download_http = /** @type {(inputs: Error_Download_HttpInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`下載 ${i?.url} 失敗，HTTP ${i?.status}。${i?.byHand}`)
};

export const error_download_md5 = /** @type {(inputs: Error_Download_Md5Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`從 ${i?.url} 下載的檔案 md5 校驗值是 ${i?.got}，而不是預期的 ${i?.md5}（收到 ${i?.received} 位元組），所以沒有保留：請重試。${i?.byHand}`)
};

export const error_download_mkdir = /** @type {(inputs: Error_Download_MkdirInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`無法建立 ${i?.folder}（${i?.detail}）：請選擇其他資料夾。`)
};

export const error_download_unreachable = /** @type {(inputs: Error_Download_UnreachableInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`無法連線到 ${i?.url}（${i?.cause}）：請檢查網路連線。${i?.byHand}`)
};

export const error_early_stopping_no_validation = /** @type {(inputs: Error_Early_Stopping_No_ValidationInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`早停監視的是 ${i?.monitor}，但這個執行沒有驗證資料：請選擇保留一部分驗證資料或使用測試集，或改為監視 'loss'。`)
};

export const error_export_no_history = /** @type {(inputs: Error_Export_No_HistoryInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`'${i?.name}' 是一個實驗，沒有可匯出為訓練歷程 (.csv) 的訓練紀錄：請先訓練它，再匯出那個執行。`)
};

export const error_export_no_history_cli = /** @type {(inputs: Error_Export_No_History_CliInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`'${i?.name}' 是一個實驗，沒有可匯出為訓練歷程 (.csv) 的訓練紀錄：請先訓練它（layerlab train ${i?.name}），再匯出那個執行。`)
};

export const error_export_no_weights = /** @type {(inputs: Error_Export_No_WeightsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`這個執行沒有可匯出為 ${i?.format} 的訓練後權重（它在完成第一輪之前就失敗了）；請重新訓練，或把它匯出為 Python 指令碼。`)
};

export const error_file_binary = /** @type {(inputs: Error_File_BinaryInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.file} 不是文字檔（裡面是二進位資料），所以不是${i?.what}；請檢查是否選對了檔案。`)
};

export const error_file_missing = /** @type {(inputs: Error_File_MissingInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.file} 不存在。`)
};

export const error_file_too_large = /** @type {(inputs: Error_File_Too_LargeInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.file} 超過 ${i?.megabytes} MB，遠大於${i?.what}應有的大小；請檢查是否選對了檔案。`)
};

export const error_fold_missing = /** @type {(inputs: Error_Fold_MissingInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.folds} 折交叉驗證中沒有第 ${i?.index} 折。`)
};

export const error_fold_too_few = /** @type {(inputs: Error_Fold_Too_FewInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.folds} 折交叉驗證至少需要 ${i?.folds} 個樣本，但只有 ${i?.count} 個。`)
};

export const error_fs_action_mkdir = /** @type {(inputs: Error_Fs_Action_MkdirInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`建立資料夾`)
};

export const error_fs_action_read = /** @type {(inputs: Error_Fs_Action_ReadInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`讀取`)
};

export const error_fs_action_write = /** @type {(inputs: Error_Fs_Action_WriteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`寫入`)
};

export const error_fs_cannot_mkdir = /** @type {(inputs: Error_Fs_Cannot_MkdirInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`那裡不能建立資料夾；請選擇另一個資料夾`)
};

export const error_fs_disk_full = /** @type {(inputs: Error_Fs_Disk_FullInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`磁碟已滿；請騰出一些空間後再試`)
};

export const error_fs_exists = /** @type {(inputs: Error_Fs_ExistsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`需要資料夾的位置已經有一個檔案`)
};

export const error_fs_failed = /** @type {(inputs: Error_Fs_FailedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`無法${i?.action} ${i?.file}：${i?.why}。`)
};

export const error_fs_is_folder = /** @type {(inputs: Error_Fs_Is_FolderInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`它是資料夾，不是檔案；請給出其中的一個檔名`)
};

export const error_fs_loop = /** @type {(inputs: Error_Fs_LoopInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`它是一個符號連結迴圈`)
};

export const error_fs_missing = /** @type {(inputs: Error_Fs_MissingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`它不存在`)
};

export const error_fs_no_parent = /** @type {(inputs: Error_Fs_No_ParentInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`它所在的資料夾不存在`)
};

export const error_fs_not_folder = /** @type {(inputs: Error_Fs_Not_FolderInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`路徑中有一部分是檔案，不是資料夾`)
};

export const error_fs_permission = /** @type {(inputs: Error_Fs_PermissionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`沒有權限；請選擇一個你可以寫入的資料夾`)
};

export const error_fs_read_only = /** @type {(inputs: Error_Fs_Read_OnlyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`它在唯讀檔案系統上；請選擇另一個資料夾`)
};

export const error_fs_system = /** @type {(inputs: Error_Fs_SystemInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`系統回報 ${i?.detail}`)
};

export const error_fs_too_long = /** @type {(inputs: Error_Fs_Too_LongInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`路徑太長`)
};

export const error_fs_too_many_open = /** @type {(inputs: Error_Fs_Too_Many_OpenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`開啟的檔案太多；請關閉一些程式後再試`)
};

export const error_future_version_graph = /** @type {(inputs: Error_Future_Version_GraphInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`這個模型圖由較新版本的 LayerLab 儲存（格式版本 ${i?.version}；目前版本最多讀取 ${i?.current}）。請更新 LayerLab 後再開啟。`)
};

export const error_future_version_lab = /** @type {(inputs: Error_Future_Version_LabInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`這個實驗由較新版本的 LayerLab 儲存（格式版本 ${i?.version}；目前版本最多讀取 ${i?.current}）。請更新 LayerLab 後再開啟。`)
};

export const error_graph_invalid = /** @type {(inputs: Error_Graph_InvalidInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`模型圖無效：${i?.issues}。`)
};

export const error_graph_not_object = /** @type {(inputs: Error_Graph_Not_ObjectInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`模型圖必須是一個包含 nodes 和 edges 的 JSON 物件。`)
};

export const error_grid_at_least = /** @type {(inputs: Error_Grid_At_LeastInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`是 ${i?.value}；它必須至少為 ${i?.limit}`)
};

export const error_grid_at_most = /** @type {(inputs: Error_Grid_At_MostInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`是 ${i?.value}；它最多只能為 ${i?.limit}`)
};

export const error_grid_bool = /** @type {(inputs: Error_Grid_BoolInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`training.augmentation 只能取 true 或 false，不能是 ${i?.value}。`)
};

export const error_grid_invalid = /** @type {(inputs: Error_Grid_InvalidInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`網格無效：${i?.issues}。`)
};

export const error_grid_is_value = /** @type {(inputs: Error_Grid_Is_ValueInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`是 ${i?.value}：${i?.detail}`)
};

export const error_grid_less_than = /** @type {(inputs: Error_Grid_Less_ThanInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`是 ${i?.value}；它必須小於 ${i?.limit}`)
};

export const error_grid_more_than = /** @type {(inputs: Error_Grid_More_ThanInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`是 ${i?.value}；它必須大於 ${i?.limit}`)
};

export const error_grid_no_param = /** @type {(inputs: Error_Grid_No_ParamInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`網格掃描了層 '${i?.name}' 的 ${i?.param}，但 ${i?.kind} 層沒有這個參數。`)
};

export const error_grid_none = /** @type {(inputs: Error_Grid_NoneInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`實驗 '${i?.name}' 沒有網格：請加入一個 "grid" 區段（見 docs/file-formats.md）。`)
};

export const error_grid_not_number = /** @type {(inputs: Error_Grid_Not_NumberInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`必須是數字，不能是 ${i?.value}`)
};

export const error_grid_not_sweepable = /** @type {(inputs: Error_Grid_Not_SweepableInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`網格掃描了 training.${i?.key}，但它不能掃描；請掃描 ${i?.list} 其中之一。`)
};

export const error_grid_not_whole = /** @type {(inputs: Error_Grid_Not_WholeInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`必須是整數，不能是 ${i?.value}`)
};

export const error_grid_numbers = /** @type {(inputs: Error_Grid_NumbersInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.path} 只能取數字，不能是 ${i?.value}。`)
};

export const error_grid_optimizer = /** @type {(inputs: Error_Grid_OptimizerInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`training.optimizer 只能取 ${i?.list}，不能是 ${i?.value}。`)
};

export const error_grid_refit_failed = /** @type {(inputs: Error_Grid_Refit_FailedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`用最佳設定重新擬合失敗了：${i?.detail}`)
};

export const error_grid_regularizer_path = /** @type {(inputs: Error_Grid_Regularizer_PathInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`請以 layers.${i?.name}.${i?.param}.l1 或 .l2 的形式掃描正則化強度。`)
};

export const error_grid_see_its_runs = /** @type {(inputs: Error_Grid_See_Its_RunsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`原因請查看它的執行。`)
};

export const error_grid_see_their_runs = /** @type {(inputs: Error_Grid_See_Their_RunsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`原因請查看它們的執行。`)
};

export const error_grid_selector = /** @type {(inputs: Error_Grid_SelectorInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`網格掃描了 ${i?.path}，但 ${i?.problem}。`)
};

export const error_grid_setting = /** @type {(inputs: Error_Grid_SettingInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.path} ${i?.problem}。`)
};

export const error_grid_times = /** @type {(inputs: Error_Grid_TimesInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.a} × ${i?.b}`)
};

export const error_grid_too_many = /** @type {(inputs: Error_Grid_Too_ManyInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`這個網格有 ${i?.count} 種設定（${i?.values}）；LayerLab 最多執行 ${i?.max} 種：請掃描更少的取值，或改用隨機搜尋。`)
};

export const error_grid_trial = /** @type {(inputs: Error_Grid_TrialInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`試驗 ${i?.trial}：${i?.detail}`)
};

export const error_grid_trial_failed = /** @type {(inputs: Error_Grid_Trial_FailedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`試驗 ${i?.trial} 失敗了：${i?.detail}`)
};

export const error_grid_trial_model = /** @type {(inputs: Error_Grid_Trial_ModelInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`試驗 ${i?.trial} 使模型無效：${i?.issue}`)
};

export const error_grid_trial_no_start = /** @type {(inputs: Error_Grid_Trial_No_StartInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`試驗 ${i?.trial} 無法開始：${i?.detail}`)
};

export const error_grid_trial_training = /** @type {(inputs: Error_Grid_Trial_TrainingInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`試驗 ${i?.trial} 使訓練設定無效：${i?.path}：${i?.issue}。`)
};

export const error_grid_trials_failed = /** @type {(inputs: Error_Grid_Trials_FailedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.total} 個試驗中有 ${i?.failed} 個失敗了。${i?.detail}`)
};

export const error_grid_twice = /** @type {(inputs: Error_Grid_TwiceInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`網格掃描了 ${i?.key} 兩次，分別在 ${i?.other} 和 ${i?.path} 中：請刪除其中一個掃描，或在其中一個裡取消勾選 ${i?.name}。`)
};

export const error_grid_values_of = /** @type {(inputs: Error_Grid_Values_OfInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.path} 的 ${i?.count} 個取值`)
};

export const error_host_invalid_arguments = /** @type {(inputs: Error_Host_Invalid_ArgumentsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.method} 收到了無效的參數：${i?.issues}。`)
};

export const error_host_unknown_method = /** @type {(inputs: Error_Host_Unknown_MethodInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`'${i?.method}' 不是 LayerLab 的方法。`)
};

export const error_idx_extra = /** @type {(inputs: Error_Idx_ExtraInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.file} 比檔頭宣告的 ${i?.what} 多出 ${i?.extra} 位元組。請重新下載。`)
};

export const error_idx_images_of = /** @type {(inputs: Error_Idx_Images_OfInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.count} 張 ${i?.size} 的影像`)
};

export const error_idx_labels_of = /** @type {(inputs: Error_Idx_Labels_OfInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.count} 個標籤`)
};

export const error_idx_magic = /** @type {(inputs: Error_Idx_MagicInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.file} 以魔術數字 ${i?.magic} 開頭，而不是 ${i?.expected}${i?.why}。請換回原始檔案。`)
};

export const error_idx_not_images = /** @type {(inputs: Error_Idx_Not_ImagesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`，所以它不是 IDX 影像檔`)
};

export const error_idx_not_labels = /** @type {(inputs: Error_Idx_Not_LabelsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`，所以它不是 IDX 標籤檔`)
};

export const error_idx_swapped_images = /** @type {(inputs: Error_Idx_Swapped_ImagesInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`：${i?.magic} 是 IDX 影像檔的標記，所以檔名可能弄反了`)
};

export const error_idx_swapped_labels = /** @type {(inputs: Error_Idx_Swapped_LabelsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`：${i?.magic} 是 IDX 標籤檔的標記，所以檔名可能弄反了`)
};

export const error_idx_too_short = /** @type {(inputs: Error_Idx_Too_ShortInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.file} 不完整：它只有 ${i?.bytes} 位元組，不夠一個 IDX 檔頭。請重新下載。`)
};

export const error_idx_truncated = /** @type {(inputs: Error_Idx_TruncatedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.file} 不完整：檔頭宣告有 ${i?.what}（${i?.want} 位元組），但檔案只有 ${i?.bytes} 位元組。請重新下載。`)
};

export const error_idx_truncated_header = /** @type {(inputs: Error_Idx_Truncated_HeaderInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.file} 在檔頭中間就截斷了（${i?.bytes} 位元組）。請重新下載。`)
};

export const error_images_none = /** @type {(inputs: Error_Images_NoneInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.folder} 中沒有 .png 或 .jpg 影像：請放入一些影像，或刪除這個資料夾。`)
};

export const error_images_not_image = /** @type {(inputs: Error_Images_Not_ImageInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.file} 既不是 PNG 也不是 JPEG 影像（不管它的檔名怎麼寫）：請轉換或刪除它。`)
};

export const error_images_test_class = /** @type {(inputs: Error_Images_Test_ClassInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.dir} 中有類別資料夾 ${i?.names}，而 ${i?.train} 中沒有：測試集的類別必須是訓練集中的類別。`)
};

export const error_images_test_classes = /** @type {(inputs: Error_Images_Test_ClassesInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.dir} 中有類別資料夾 ${i?.names}，而 ${i?.train} 中沒有：測試集的類別必須是訓練集中的類別。`)
};

export const error_images_too_big = /** @type {(inputs: Error_Images_Too_BigInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.file} 有 ${i?.size} 像素；LayerLab 讀取的影像最大為 ${i?.max}：請縮小它（反正每張影像都會縮放到實驗的影像尺寸），或刪除它。`)
};

export const error_images_too_many = /** @type {(inputs: Error_Images_Too_ManyInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.root} 中有 ${i?.count} 張影像，縮放到 ${i?.shape} 後共 ${i?.size}；LayerLab 最多容納 ${i?.cap} 的影像：請使用更少的影像或更小的影像尺寸。`)
};

export const error_images_undecodable = /** @type {(inputs: Error_Images_UndecodableInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.file} 無法以 ${i?.format} 解碼（${i?.detail}）：請替換或刪除它。`)
};

export const error_imdb_archive = /** @type {(inputs: Error_Imdb_ArchiveInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.file} 讀到第 ${i?.count} 則評論後無法再以 .tar.gz 壓縮檔讀取（${i?.detail}）：它可能下載不完整。請刪除後重新下載。`)
};

export const error_imdb_inside = /** @type {(inputs: Error_Imdb_InsideInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.source} 中的 ${i?.folder}`)
};

export const error_imdb_no_reviews = /** @type {(inputs: Error_Imdb_No_ReviewsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.where} 中沒有評論：IMDB 資料需要官方的目錄結構 ${i?.layout}。請重新下載 aclImdb_v1.tar.gz。`)
};

export const error_in_step = /** @type {(inputs: Error_In_StepInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.where}，步驟「${i?.step}」：${i?.detail}`)
};

export const error_in_where = /** @type {(inputs: Error_In_WhereInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.where}：${i?.detail}`)
};

export const error_internal = /** @type {(inputs: Error_InternalInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`LayerLab 遇到了內部錯誤（${i?.detail}）；請回報這個問題，並說明你當時在做什麼。`)
};

export const error_json_at = /** @type {(inputs: Error_Json_AtInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.where} 不是有效的 JSON：第 ${i?.line} 行第 ${i?.column} 欄有誤（${i?.problem}）。`)
};

export const error_json_character = /** @type {(inputs: Error_Json_CharacterInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.where} 不是有效的 JSON：其中有 JSON 不允許的字元。`)
};

export const error_json_ends = /** @type {(inputs: Error_Json_EndsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.where} 不是有效的 JSON：JSON 還沒寫完檔案就結束了。`)
};

export const error_keras_activation = /** @type {(inputs: Error_Keras_ActivationInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.layer} 的激活函數是 ${i?.value}，LayerLab 沒有這個函數；它會以 '${i?.fallback}' 訓練，那就是另一個模型了。請在 Keras 中使用 ${i?.list} 其中之一後重新匯出`)
};

export const error_keras_bad_value = /** @type {(inputs: Error_Keras_Bad_ValueInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.layer} 的 ${i?.key} 是 ${i?.value}；應為${i?.expected}`)
};

export const error_keras_batchnorm_axis = /** @type {(inputs: Error_Keras_Batchnorm_AxisInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.layer} 對軸 ${i?.axis} 做正規化，LayerLab 不支援這種設定；它會改為對最後一個軸（通道）做正規化，那就是另一個模型了。請在 Keras 中使用 axis=-1 後重新匯出`)
};

export const error_keras_expected_batch_shape = /** @type {(inputs: Error_Keras_Expected_Batch_ShapeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`批次形狀，例如 [null, 28, 28, 1]`)
};

export const error_keras_expected_bool = /** @type {(inputs: Error_Keras_Expected_BoolInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`true 或 false`)
};

export const error_keras_expected_input_shape = /** @type {(inputs: Error_Keras_Expected_Input_ShapeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`輸入形狀，例如 [null, 28, 28, 1]`)
};

export const error_keras_expected_int = /** @type {(inputs: Error_Keras_Expected_IntInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`整數`)
};

export const error_keras_expected_int_list = /** @type {(inputs: Error_Keras_Expected_Int_ListInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`整數串列`)
};

export const error_keras_expected_number = /** @type {(inputs: Error_Keras_Expected_NumberInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`數字`)
};

export const error_keras_expected_pair = /** @type {(inputs: Error_Keras_Expected_PairInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`一個或兩個整數，例如 3 或 [3, 3]`)
};

export const error_keras_export_invalid = /** @type {(inputs: Error_Keras_Export_InvalidInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`這個模型暫時無法匯出到 Keras：${i?.detail}`)
};

export const error_keras_in = /** @type {(inputs: Error_Keras_InInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.where} 中，${i?.detail}。`)
};

export const error_keras_in_line = /** @type {(inputs: Error_Keras_In_LineInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.where} 中，${i?.detail}（第 ${i?.line} 行）。`)
};

export const error_keras_inbound_empty = /** @type {(inputs: Error_Keras_Inbound_EmptyInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.layer} 有一個沒有指明任何層的 inbound node`)
};

export const error_keras_inbound_not_list = /** @type {(inputs: Error_Keras_Inbound_Not_ListInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.layer} 的 inbound_nodes 是 ${i?.value}；應為串列`)
};

export const error_keras_input_not_first = /** @type {(inputs: Error_Keras_Input_Not_FirstInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`InputLayer '${i?.name}' 不是 Sequential 模型的第一層`)
};

export const error_keras_layer = /** @type {(inputs: Error_Keras_LayerInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.kind} 層 '${i?.name}'`)
};

export const error_keras_layer_named = /** @type {(inputs: Error_Keras_Layer_NamedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`層 '${i?.name}'`)
};

export const error_keras_layer_number = /** @type {(inputs: Error_Keras_Layer_NumberInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`第 ${i?.number} 層`)
};

export const error_keras_loop = /** @type {(inputs: Error_Keras_LoopInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`層 ${i?.names} 互相連成了迴圈；Keras 模型不會這樣，所以檔案已損壞`)
};

export const error_keras_merge_in_sequential = /** @type {(inputs: Error_Keras_Merge_In_SequentialInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.layer} 合併多個輸入，不能放在 Sequential 模型中；請改用函數式 API 建立並儲存模型`)
};

export const error_keras_needs_default = /** @type {(inputs: Error_Keras_Needs_DefaultInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.layer} 的 ${i?.key} 是 ${i?.value}，LayerLab 不支援這項設定；它會按「${i?.uses}」訓練，那就是另一個模型了。請在 Keras 中刪除這項設定（或恢復預設值）後重新匯出`)
};

export const error_keras_nested_model = /** @type {(inputs: Error_Keras_Nested_ModelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`（這是巢狀在模型裡的模型；請把它重建成一個不巢狀的模型）`)
};

export const error_keras_no_class_name = /** @type {(inputs: Error_Keras_No_Class_NameInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`第 ${i?.number} 層沒有 class_name`)
};

export const error_keras_no_input_shape = /** @type {(inputs: Error_Keras_No_Input_ShapeInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.where} 是一個沒有輸入形狀的 Sequential 模型，因此無法得知每一層的大小。請在 Keras 中給第一層加上 input_shape=(...)，或以 keras.Input(shape=(...)) 開頭，或先建構模型（在資料上呼叫它，或呼叫 model.build(...)），然後重新匯出。`)
};

export const error_keras_no_layers = /** @type {(inputs: Error_Keras_No_LayersInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.where} 的 config 中沒有層列表。`)
};

export const error_keras_no_layers_sequential = /** @type {(inputs: Error_Keras_No_Layers_SequentialInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.where} 是一個沒有任何層的 Sequential 模型。`)
};

export const error_keras_not_json = /** @type {(inputs: Error_Keras_Not_JsonInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.where} 不是 JSON（${i?.detail}）。請使用 model.to_json() 傳回的文字。`)
};

export const error_keras_not_model = /** @type {(inputs: Error_Keras_Not_ModelInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.where} 不是 Keras 模型：應為 model.to_json() 寫出的物件，包含 class_name 和 config。`)
};

export const error_keras_not_model_class = /** @type {(inputs: Error_Keras_Not_Model_ClassInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.where} 裡是 Keras 的 ${i?.kind}，不是模型；應為 model.to_json() 寫出的 Sequential 或 Functional 模型。`)
};

export const error_keras_padding = /** @type {(inputs: Error_Keras_PaddingInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.layer} 的 padding 是 ${i?.value}，LayerLab 沒有這種填補方式，而改用 'valid' 會改變這一層的輸出。請在 Keras 中使用 'valid' 或 'same' 後重新匯出`)
};

export const error_keras_place_code = /** @type {(inputs: Error_Keras_Place_CodeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`這段 Keras 程式碼`)
};

export const error_keras_place_code_start = /** @type {(inputs: Error_Keras_Place_Code_StartInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`這段 Keras 程式碼`)
};

export const error_keras_place_model = /** @type {(inputs: Error_Keras_Place_ModelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`這個 Keras 模型`)
};

export const error_keras_place_model_start = /** @type {(inputs: Error_Keras_Place_Model_StartInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`這個 Keras 模型`)
};

export const error_keras_reads_other_output = /** @type {(inputs: Error_Keras_Reads_Other_OutputInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.layer} 讀取的是 '${i?.source}' 的呼叫 ${i?.node} 的輸出 ${i?.tensor}（共用的層或有多個輸出的層），LayerLab 無法顯示這種結構`)
};

export const error_keras_regularizer = /** @type {(inputs: Error_Keras_RegularizerInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.layer} 的 ${i?.key} 是 ${i?.value}，LayerLab 沒有這種正則化，而不用它訓練就是另一個實驗了。請在 Keras 中使用 L1、L2 或 L1L2 後重新匯出`)
};

export const error_keras_same_name = /** @type {(inputs: Error_Keras_Same_NameInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`有兩個層都叫 '${i?.name}'；Keras 的層名稱必須唯一`)
};

export const error_keras_shape_not_fixed = /** @type {(inputs: Error_Keras_Shape_Not_FixedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.layer} 的輸入形狀是 ${i?.shape}，其中有不固定的尺寸；LayerLab 需要每個尺寸都是確定的（例如 [null, 28, 28, 1]）。請在 Keras 中給出完整的輸入形狀後重新匯出`)
};

export const error_keras_shared_layer = /** @type {(inputs: Error_Keras_Shared_LayerInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.layer} 被呼叫了 ${i?.count} 次（一個層由多個分支共用），LayerLab 無法顯示這種結構；請在 Keras 中讓每個分支使用自己的層後重新匯出`)
};

export const error_keras_unknown_end = /** @type {(inputs: Error_Keras_Unknown_EndInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.key} 中的 '${i?.name}' 不是模型中的層`)
};

export const error_keras_unknown_source = /** @type {(inputs: Error_Keras_Unknown_SourceInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.layer} 的輸入來自 '${i?.source}'，但它不是模型中的層`)
};

export const error_keras_unsupported_class = /** @type {(inputs: Error_Keras_Unsupported_ClassInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.layer} 的類別是 ${i?.className}${i?.nested}，LayerLab 不支援它。LayerLab 支援 ${i?.supported}。請在 Keras 中刪除或替換這一層後重新匯出`)
};

export const error_keras_uses_channels_last = /** @type {(inputs: Error_Keras_Uses_Channels_LastInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`channels_last（高、寬、通道）`)
};

export const error_keras_uses_dense_tensors = /** @type {(inputs: Error_Keras_Uses_Dense_TensorsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`稠密張量`)
};

export const error_keras_uses_dilation_1 = /** @type {(inputs: Error_Keras_Uses_Dilation_1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`膨脹率為 1`)
};

export const error_keras_uses_float32_weights = /** @type {(inputs: Error_Keras_Uses_Float32_WeightsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`float32 權重`)
};

export const error_keras_uses_groups_1 = /** @type {(inputs: Error_Keras_Uses_Groups_1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`groups=1（一般卷積）`)
};

export const error_keras_uses_keepdims = /** @type {(inputs: Error_Keras_Uses_KeepdimsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`keepdims=False（輸出 [channels]）`)
};

export const error_keras_uses_no_adjustment = /** @type {(inputs: Error_Keras_Uses_No_AdjustmentInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`不做調整`)
};

export const error_keras_uses_no_constraint = /** @type {(inputs: Error_Keras_Uses_No_ConstraintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`無約束`)
};

export const error_keras_uses_no_lora = /** @type {(inputs: Error_Keras_Uses_No_LoraInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`不用 LoRA`)
};

export const error_keras_uses_no_renorm = /** @type {(inputs: Error_Keras_Uses_No_RenormInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`不做批次重新正規化`)
};

export const error_keras_uses_no_seed = /** @type {(inputs: Error_Keras_Uses_No_SeedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`不固定隨機種子`)
};

export const error_keras_uses_none = /** @type {(inputs: Error_Keras_Uses_NoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`無`)
};

export const error_keras_uses_one_mask = /** @type {(inputs: Error_Keras_Uses_One_MaskInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`每個值一個隨機遮罩`)
};

export const error_keras_uses_required_input = /** @type {(inputs: Error_Keras_Uses_Required_InputInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`必要的輸入`)
};

export const error_keras_uses_unsynchronized = /** @type {(inputs: Error_Keras_Uses_UnsynchronizedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`不同步的統計量`)
};

export const error_keras_uses_whole_batch = /** @type {(inputs: Error_Keras_Uses_Whole_BatchInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`整個批次`)
};

export const error_kwarn_activation = /** @type {(inputs: Error_Kwarn_ActivationInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`LayerLab 沒有激活函數 ${i?.value}；已按 '${i?.fallback}' 匯入。`)
};

export const error_kwarn_batch_size = /** @type {(inputs: Error_Kwarn_Batch_SizeInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`它固定的批次大小 ${i?.size} 被忽略了；LayerLab 使用訓練設定中的批次大小。`)
};

export const error_kwarn_batchnorm_axis = /** @type {(inputs: Error_Kwarn_Batchnorm_AxisInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`axis 是 ${i?.axis}，LayerLab 不支援這項設定；它對最後一個軸（通道）做正規化。`)
};

export const error_kwarn_dataset_unknown = /** @type {(inputs: Error_Kwarn_Dataset_UnknownInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`LayerLab 無法根據 ${i?.file} 的輸入形狀 [${i?.shape}] 判斷它是用哪個資料集訓練的；請在評估或訓練之前選擇資料集。`)
};

export const error_kwarn_dtype = /** @type {(inputs: Error_Kwarn_DtypeInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`它以 ${i?.dtype} 計算；LayerLab 以 float32 計算。`)
};

export const error_kwarn_from_logits = /** @type {(inputs: Error_Kwarn_From_LogitsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.file} 從 logits 計算損失（from_logits=True）；LayerLab 把模型的輸出當作機率來計算，因此損失會不同。`)
};

export const error_kwarn_frozen = /** @type {(inputs: Error_Kwarn_FrozenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`它在 Keras 中被凍結（trainable=False）；LayerLab 會訓練每一層。`)
};

export const error_kwarn_layer = /** @type {(inputs: Error_Kwarn_LayerInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.layer}：${i?.detail}`)
};

export const error_kwarn_loss = /** @type {(inputs: Error_Kwarn_LossInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.file} 編譯時用的損失 ${i?.loss} 是 LayerLab 沒有的；評估和訓練都使用 sparse_categorical_crossentropy。`)
};

export const error_kwarn_lr_schedule = /** @type {(inputs: Error_Kwarn_Lr_ScheduleInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.file} 編譯時用了學習率排程；繼續訓練時使用 ${i?.optimizer} 的預設學習率。`)
};

export const error_kwarn_mnist = /** @type {(inputs: Error_Kwarn_MnistInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`LayerLab 根據輸入形狀 [${i?.shape}] 把 ${i?.file} 當作 MNIST 模型；如果它學的是 Fashion-MNIST，請改選 Fashion-MNIST。`)
};

export const error_kwarn_nesterov = /** @type {(inputs: Error_Kwarn_NesterovInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.file} 編譯時用了 Nesterov 動量；LayerLab 使用一般動量。`)
};

export const error_kwarn_not_modeled = /** @type {(inputs: Error_Kwarn_Not_ModeledInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.key} 是 ${i?.value}，LayerLab 不支援這項設定；它按「${i?.uses}」計算。`)
};

export const error_kwarn_optimizer = /** @type {(inputs: Error_Kwarn_OptimizerInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.file} 編譯時用的最佳化器 ${i?.name} 是 LayerLab 沒有的；繼續訓練時使用 Adam。`)
};

export const error_kwarn_padding = /** @type {(inputs: Error_Kwarn_PaddingInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`LayerLab 沒有 padding ${i?.value}；已按 'valid' 匯入。`)
};

export const error_kwarn_regularizer = /** @type {(inputs: Error_Kwarn_RegularizerInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`LayerLab 沒有 ${i?.key} ${i?.value}（它有 L1、L2 和 L1L2）；已略去。`)
};

export const error_kwarn_training_config = /** @type {(inputs: Error_Kwarn_Training_ConfigInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.file} 的 training_config 不是 JSON；已略去它的編譯設定。`)
};

export const error_kwarn_unknown_setting = /** @type {(inputs: Error_Kwarn_Unknown_SettingInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`LayerLab 不認識它的設定 ${i?.key} = ${i?.value}，已忽略。`)
};

export const error_lab_no_name = /** @type {(inputs: Error_Lab_No_NameInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`請給實驗取一個檔名，例如 my-mlp。`)
};

export const error_lab_not_object = /** @type {(inputs: Error_Lab_Not_ObjectInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.where} 不是 LayerLab 實驗：它必須是一個 JSON 物件。`)
};

export const error_lab_settings = /** @type {(inputs: Error_Lab_SettingsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.where} 的設定無效：${i?.issues}。`)
};

export const error_lab_wrong_format = /** @type {(inputs: Error_Lab_Wrong_FormatInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.where} 不是 LayerLab 實驗（它的 "format" 是 ${i?.format}，應為 "${i?.expected}"）。`)
};

export const error_labels_empty = /** @type {(inputs: Error_Labels_EmptyInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.file}：${i?.where} 的標籤是空的。請填上或刪除這一列。`)
};

export const error_labels_not_whole = /** @type {(inputs: Error_Labels_Not_WholeInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.file}：標籤 ${i?.label}（${i?.where}）不是整數。LayerLab 訓練的是分類器，所以標籤必須是類別編號或類別名稱。`)
};

export const error_labels_one_class = /** @type {(inputs: Error_Labels_One_ClassInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.file}：${i?.where} 中只有類別 ${i?.name}；分類器至少需要兩個類別的樣本。`)
};

export const error_layout_invalid_model = /** @type {(inputs: Error_Layout_Invalid_ModelInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`這個模型不能匯出到 Keras：${i?.detail}`)
};

export const error_layout_not_float32 = /** @type {(inputs: Error_Layout_Not_Float32Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`儲存的權重「${i?.name}」是 ${i?.dtype}；只有 float32 權重可以匯出到 Keras，請重新訓練這次執行。`)
};

export const error_layout_not_valid = /** @type {(inputs: Error_Layout_Not_ValidInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`它無效。`)
};

export const error_layout_quantized = /** @type {(inputs: Error_Layout_QuantizedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`量化的`)
};

export const error_layout_slash_in_name = /** @type {(inputs: Error_Layout_Slash_In_NameInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Keras 的層名稱中不能有「/」，而層「${i?.name}」含有它；請重新命名後重新訓練。`)
};

export const error_layout_weight_extra = /** @type {(inputs: Error_Layout_Weight_ExtraInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`這次執行儲存的權重中有「${i?.key}」，但它的實驗中沒有對應的層；實驗與權重不符，請重新訓練。`)
};

export const error_layout_weight_missing = /** @type {(inputs: Error_Layout_Weight_MissingInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`這次執行儲存的權重中沒有層「${i?.name}」的「${i?.key}」；它的實驗與權重不符，請重新訓練。`)
};

export const error_layout_weights_end = /** @type {(inputs: Error_Layout_Weights_EndInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`儲存的權重在「${i?.name}」之前就結束了（${i?.bytes} 位元組）；這次執行的權重已損壞，請重新訓練。`)
};

export const error_library_no_lab = /** @type {(inputs: Error_Library_No_LabInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`實驗庫中沒有實驗 '${i?.key}'；現有的實驗是：${i?.labs}。`)
};

export const error_library_no_quick = /** @type {(inputs: Error_Library_No_QuickInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`實驗庫中的實驗 '${i?.key}' 沒有快速版本。`)
};

export const error_library_quick_invalid = /** @type {(inputs: Error_Library_Quick_InvalidInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.where} 的快速版本有無效的設定：${i?.issues}。`)
};

export const error_mnist_count = /** @type {(inputs: Error_Mnist_CountInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.labelsFile} 中有 ${i?.labels} 個標籤，但 ${i?.imagesFile} 中有 ${i?.images} 張影像：兩個檔案必須來自同一個分割。請替換出錯的那個。`)
};

export const error_mnist_dims = /** @type {(inputs: Error_Mnist_DimsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.file} 有 ${i?.count} 個維度（${i?.dims}）；影像檔應有 3 個（數量、列、欄）。請換回原始檔案。`)
};

export const error_mnist_label_range = /** @type {(inputs: Error_Mnist_Label_RangeInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.file} 在位置 ${i?.index} 的標籤是 ${i?.label}，超出了 0..${i?.last}。請換回原始檔案。`)
};

export const error_mnist_split_shapes = /** @type {(inputs: Error_Mnist_Split_ShapesInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.folder}：訓練影像是 ${i?.train}，測試影像卻是 ${i?.test}。請換成配套的一組檔案。`)
};

export const error_model_file_bad_hdf5 = /** @type {(inputs: Error_Model_File_Bad_Hdf5Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.file} 不是可讀取的 HDF5 檔案（可能不完整或已損壞）；請在 Keras 中重新儲存。`)
};

export const error_model_file_bad_zip = /** @type {(inputs: Error_Model_File_Bad_ZipInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.file} 不是可讀取的 zip 壓縮檔（${i?.detail}）；請在 Keras 中重新儲存模型。`)
};

export const error_model_file_member_size = /** @type {(inputs: Error_Model_File_Member_SizeInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.file} 中的成員 ${i?.name} 宣告有 ${i?.size} 位元組，解壓縮後卻是 ${i?.actual} 位元組；請在 Keras 中重新儲存模型。`)
};

export const error_model_file_member_too_large = /** @type {(inputs: Error_Model_File_Member_Too_LargeInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.file} 中的 ${i?.name} 解壓縮後有 ${i?.megabytes} MB；LayerLab 最多讀取 ${i?.cap} MB。`)
};

export const error_model_file_no_weights = /** @type {(inputs: Error_Model_File_No_WeightsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`層 '${i?.layer}' 沒有權重；請在建構或訓練模型之後再儲存`)
};

export const error_model_file_not_keras = /** @type {(inputs: Error_Model_File_Not_KerasInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.file} 既不是 Keras 的 .keras 檔案（zip），也不是 HDF5 的 .h5 檔案；請在 Keras 中用 model.save('model.keras') 或 model.save('model.h5') 儲存模型。`)
};

export const error_model_file_weight_count = /** @type {(inputs: Error_Model_File_Weight_CountInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`層 '${i?.layer}' 有 ${i?.count} 個權重陣列，但它的設定需要 ${i?.needed} 個（${i?.names}）；檔案與它自己的模型不符`)
};

export const error_model_file_weight_missing = /** @type {(inputs: Error_Model_File_Weight_MissingInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`層 '${i?.layer}' 的權重 ${i?.path} 缺失或不是浮點數；請在 Keras 中重新儲存模型`)
};

export const error_model_file_weight_shape = /** @type {(inputs: Error_Model_File_Weight_ShapeInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`層 '${i?.layer}' 的 ${i?.weight} 形狀是 ${i?.shape}，但它的設定需要 ${i?.needed}；檔案與它自己的模型不符`)
};

export const error_model_file_weights_only = /** @type {(inputs: Error_Model_File_Weights_OnlyInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.file} 是沒有 model_config 屬性的 HDF5 檔案，所以其中只有權重（model.save_weights），或者根本沒有 Keras 模型；請用 model.save('model.h5') 儲存整個模型。`)
};

export const error_model_file_weights_orphan = /** @type {(inputs: Error_Model_File_Weights_OrphanInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`層 '${i?.layer}' 的權重不屬於模型中任何有權重的層；請在 Keras 中重新儲存模型`)
};

export const error_model_file_zip_without = /** @type {(inputs: Error_Model_File_Zip_WithoutInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.file} 是不含 ${i?.name} 的 zip 壓縮檔，所以不是 Keras 3 儲存的模型；請用 model.save('model.keras') 儲存。`)
};

export const error_no_test_set_evaluate = /** @type {(inputs: Error_No_Test_Set_EvaluateInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.title} 沒有可用於評估的測試集；請選擇一個有測試集的資料集（MNIST、Fashion-MNIST、IMDB）。`)
};

export const error_no_test_set_validate = /** @type {(inputs: Error_No_Test_Set_ValidateInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.title} 沒有測試集；請改為保留一部分訓練資料做驗證（例如 0.2）。`)
};

export const error_no_weights_gone = /** @type {(inputs: Error_No_Weights_GoneInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`找不到可以取得權重的執行 ${i?.run}；它可能已被刪除。`)
};

export const error_no_weights_run = /** @type {(inputs: Error_No_Weights_RunInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`執行「${i?.name}」沒有儲存的權重（它還沒完成，或在第一個結果之前就失敗了）；請選擇一個已完成訓練的執行。`)
};

export const error_not_found_grid = /** @type {(inputs: Error_Not_Found_GridInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`找不到網格搜尋 ${i?.grid}；它可能已被刪除。`)
};

export const error_not_found_run = /** @type {(inputs: Error_Not_Found_RunInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`找不到執行 ${i?.run}；它可能已被刪除。`)
};

export const error_not_lab_or_keras = /** @type {(inputs: Error_Not_Lab_Or_KerasInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.where} 既不是 LayerLab 實驗，也不是 Keras 模型 JSON：請開啟 LayerLab 儲存的實驗（.layerlab.json），或存有 Keras model.to_json() 傳回文字的檔案。`)
};

export const error_not_running_grid = /** @type {(inputs: Error_Not_Running_GridInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`網格搜尋 ${i?.grid} 不在進行中。`)
};

export const error_not_running_queued = /** @type {(inputs: Error_Not_Running_QueuedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`執行 ${i?.run} 正在等待空閒的訓練程序（最多同時訓練 ${i?.max} 個）；請停止它，或等它開始。`)
};

export const error_not_running_run = /** @type {(inputs: Error_Not_Running_RunInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`執行 ${i?.run} 不在進行中（可能已經結束）。`)
};

export const error_npy_bad_header = /** @type {(inputs: Error_Npy_Bad_HeaderInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.where} 的檔頭 ${i?.header} 無法讀取。請用 numpy 重新儲存。`)
};

export const error_npy_bad_shape = /** @type {(inputs: Error_Npy_Bad_ShapeInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.where} 的形狀 (${i?.shape}) 無法讀取。`)
};

export const error_npy_big_endian = /** @type {(inputs: Error_Npy_Big_EndianInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.where} 是大端位元組順序（${i?.dtype}）；請用 a.astype(a.dtype.newbyteorder('<')) 轉換。`)
};

export const error_npy_dtype = /** @type {(inputs: Error_Npy_DtypeInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.where} 的 dtype 是 ${i?.dtype}；請使用 uint8、int32、int64、float32、float64 或 bool。`)
};

export const error_npy_fortran = /** @type {(inputs: Error_Npy_FortranInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.where} 以 Fortran（欄優先）順序儲存；請先用 numpy.ascontiguousarray(a) 轉成 C 順序再儲存。`)
};

export const error_npy_not_npy = /** @type {(inputs: Error_Npy_Not_NpyInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.where} 不是 NumPy 的 .npy 陣列（它不是以 ${i?.magic} 開頭）。請用 numpy.savez 儲存。`)
};

export const error_npy_objects = /** @type {(inputs: Error_Npy_ObjectsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.where} 中是 Python 物件（以 pickle 序列化，例如 Keras 的 imdb.npz 中長短不一的詞串列）；LayerLab 只讀取一般的數值陣列。`)
};

export const error_npy_structured = /** @type {(inputs: Error_Npy_StructuredInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.where} 是結構化（記錄）陣列；請把每個欄位分別儲存為一般的數值陣列。`)
};

export const error_npy_too_large = /** @type {(inputs: Error_Npy_Too_LargeInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.where} 的形狀是 (${i?.shape})，型別 ${i?.dtype}，共 ${i?.size}；LayerLab 讀取的陣列最多 ${i?.cap}：請儲存更少或更小的樣本。`)
};

export const error_npy_truncated = /** @type {(inputs: Error_Npy_TruncatedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.where} 不完整：它的形狀 (${i?.shape}) 需要 ${i?.bytes} 位元組的 ${i?.dtype}，但只有 ${i?.actual} 位元組。請重新儲存。`)
};

export const error_npy_truncated_header = /** @type {(inputs: Error_Npy_Truncated_HeaderInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.where} 在檔頭中間就截斷了。請重新儲存。`)
};

export const error_npy_version = /** @type {(inputs: Error_Npy_VersionInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.where} 是 .npy 版本 ${i?.version}；LayerLab 只能讀取版本 1 到 3。`)
};

export const error_npz_array = /** @type {(inputs: Error_Npz_ArrayInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.file} 中的陣列 ${i?.name}`)
};

export const error_npz_array_then = /** @type {(inputs: Error_Npz_Array_ThenInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.file} 中的陣列 ${i?.name}`)
};

export const error_npz_count_mismatch = /** @type {(inputs: Error_Npz_Count_MismatchInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.file}：${i?.x} 有 ${i?.examples} 個樣本，但 ${i?.y} 有 ${i?.labels} 個標籤；兩者必須一一對應。`)
};

export const error_npz_entry_size = /** @type {(inputs: Error_Npz_Entry_SizeInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.file} 中的項目 ${i?.name} 宣告有 ${i?.size} 位元組，解壓縮後卻是 ${i?.actual} 位元組。請用 numpy.savez 重新儲存。`)
};

export const error_npz_feature_shape = /** @type {(inputs: Error_Npz_Feature_ShapeInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.where} 的形狀是 (${i?.shape})；特徵必須是 (樣本, 值)、(樣本, 高, 寬) 或 (樣本, 高, 寬, 通道)。`)
};

export const error_npz_found_arrays = /** @type {(inputs: Error_Npz_Found_ArraysInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`陣列 ${i?.names}`)
};

export const error_npz_found_none = /** @type {(inputs: Error_Npz_Found_NoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`沒有陣列`)
};

export const error_npz_half_test = /** @type {(inputs: Error_Npz_Half_TestInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.file} 中有 ${i?.there} 卻沒有 ${i?.missing}：請兩個都儲存，或者都不儲存。`)
};

export const error_npz_label_shape = /** @type {(inputs: Error_Npz_Label_ShapeInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.where} 的形狀是 (${i?.shape})；標籤必須是 (樣本,) 的類別編號，或 (樣本, 類別) 的 one-hot 列。`)
};

export const error_npz_no_arrays = /** @type {(inputs: Error_Npz_No_ArraysInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.file} 中包含的是：${i?.found}；LayerLab 需要 x_train 和 y_train（可以再加 x_test 和 y_test，與 Keras 的 mnist.npz 相同），或者 x 和 y。`)
};

export const error_npz_not_finite = /** @type {(inputs: Error_Npz_Not_FiniteInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.where}，樣本 ${i?.example}，值 ${i?.index}：${i?.value} 不是數字。每個特徵都必須是有限的數字；請替換 NaN 和無窮大的值（numpy.nan_to_num）後重新儲存。`)
};

export const error_npz_not_one_hot = /** @type {(inputs: Error_Npz_Not_One_HotInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.where} 的第 ${i?.row} 列不是 one-hot 列（恰好一個 1，其餘為 0）。請改為把標籤儲存為類別編號。`)
};

export const error_npz_test_shape = /** @type {(inputs: Error_Npz_Test_ShapeInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.file}：x_train 樣本的形狀是 (${i?.train})，而 x_test 樣本是 (${i?.test})；兩者必須一致。`)
};

export const error_npz_too_large = /** @type {(inputs: Error_Npz_Too_LargeInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.file} 中的陣列解壓縮後共 ${i?.size}（磁碟上 ${i?.bytes} 位元組）；LayerLab 從 .npz 中最多讀取 ${i?.cap}：請儲存更少或更小的樣本（uint8 像素只佔 float32 的四分之一）。`)
};

export const error_npz_unreadable = /** @type {(inputs: Error_Npz_UnreadableInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.file} 不是可讀取的 .npz（zip）壓縮檔（${i?.detail}）。請用 numpy.savez 重新儲存。`)
};

export const error_onnx_extra_layer = /** @type {(inputs: Error_Onnx_Extra_LayerInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`這個執行儲存的權重與它的實驗不符：其中有層 '${i?.layer}'，而實驗中沒有這一層（或這一層沒有權重）；請重新訓練這個實驗。`)
};

export const error_onnx_invalid_graph = /** @type {(inputs: Error_Onnx_Invalid_GraphInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`實驗 '${i?.lab}' 無法匯出為 ONNX：${i?.detail}`)
};

export const error_onnx_weight_dtype = /** @type {(inputs: Error_Onnx_Weight_DtypeInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`儲存的權重 '${i?.weight}' 是 ${i?.dtype}；只有 float32 權重可以匯出。`)
};

export const error_onnx_weight_none = /** @type {(inputs: Error_Onnx_Weight_NoneInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`這個執行儲存的權重與它的實驗不符：層 '${i?.layer}' 需要形狀為 ${i?.shape} 的 ${i?.weight}，但執行中沒有；請重新訓練這個實驗。`)
};

export const error_onnx_weight_shape = /** @type {(inputs: Error_Onnx_Weight_ShapeInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`這個執行儲存的權重與它的實驗不符：層 '${i?.layer}' 需要形狀為 ${i?.shape} 的 ${i?.weight}，但執行中的是 ${i?.has}；請重新訓練這個實驗。`)
};

export const error_onnx_weight_unknown = /** @type {(inputs: Error_Onnx_Weight_UnknownInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`儲存的權重 '${i?.weight}' 不是 LayerLab 產生的；請重新訓練這個執行。`)
};

export const error_onnx_weights_end = /** @type {(inputs: Error_Onnx_Weights_EndInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`儲存的權重在 '${i?.weight}' 之前就結束了（${i?.bytes} 位元組）；請重新訓練這個執行。`)
};

export const error_path_for_datasets = /** @type {(inputs: Error_Path_For_DatasetsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`資料集`)
};

export const error_path_for_exports = /** @type {(inputs: Error_Path_For_ExportsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`匯出`)
};

export const error_path_for_labs = /** @type {(inputs: Error_Path_For_LabsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`實驗`)
};

export const error_path_for_reports = /** @type {(inputs: Error_Path_For_ReportsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`報告`)
};

export const error_path_leads_to = /** @type {(inputs: Error_Path_Leads_ToInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.file}（它指向 ${i?.real}）`)
};

export const error_path_outside_reads = /** @type {(inputs: Error_Path_Outside_ReadsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.file} 不在這台伺服器可用於${i?.what}的資料夾中：它只讀取 ${i?.folders} 裡的檔案。請選擇其中一個資料夾裡的路徑。`)
};

export const error_path_outside_writes = /** @type {(inputs: Error_Path_Outside_WritesInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.file} 不在這台伺服器可用於${i?.what}的資料夾中：它只寫入 ${i?.folders} 裡的檔案。請選擇其中一個資料夾裡的路徑。`)
};

export const error_pool_disconnected = /** @type {(inputs: Error_Pool_DisconnectedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.url} 的工作機池已中斷連線。`)
};

export const error_pool_grid_running = /** @type {(inputs: Error_Pool_Grid_RunningInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.url} 的工作機池上正在執行一個網格：請先停止它再更換工作機池。`)
};

export const error_pool_job_malformed = /** @type {(inputs: Error_Pool_Job_MalformedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`這個工作格式有誤（${i?.where}：${i?.detail}）；它被拒絕了，沒有執行。`)
};

export const error_pool_job_version = /** @type {(inputs: Error_Pool_Job_VersionInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`這個工作的格式是 ${i?.version}，而這台工作機讀取的是格式 ${i?.current}：請在教師的電腦和各工作機上執行相同版本的 LayerLab。`)
};

export const error_pool_lost_minute = /** @type {(inputs: Error_Pool_Lost_MinuteInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`與 ${i?.where} 上的 Redis 失去聯繫已 ${i?.minutes} 分鐘：${i?.why}這一折已停止；再次執行網格即可接著訓練。`)
};

export const error_pool_lost_minutes = /** @type {(inputs: Error_Pool_Lost_MinutesInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`與 ${i?.where} 上的 Redis 失去聯繫已 ${i?.minutes} 分鐘：${i?.why}這一折已停止；再次執行網格即可接著訓練。`)
};

export const error_pool_no_answer = /** @type {(inputs: Error_Pool_No_AnswerInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.url} 沒有及時回應。`)
};

export const error_pool_no_host = /** @type {(inputs: Error_Pool_No_HostInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`'${i?.url}' 中沒有主機：請給出 redis://HOST:PORT。`)
};

export const error_pool_none = /** @type {(inputs: Error_Pool_NoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`沒有連線工作機池：請先用 Redis 位址連線一個（電腦教室的工作機），或在這台電腦上執行網格。`)
};

export const error_pool_not_connected = /** @type {(inputs: Error_Pool_Not_ConnectedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.url} 的工作機池沒有連線（${i?.detail}）：請重新連線，或在這台電腦上執行網格。`)
};

export const error_pool_not_redis_url = /** @type {(inputs: Error_Pool_Not_Redis_UrlInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`'${i?.url}' 不是 Redis 位址：請給出 redis://HOST:PORT、redis://:PASSWORD@HOST:PORT，或使用 TLS 的 rediss://...。`)
};

export const error_pool_record_malformed = /** @type {(inputs: Error_Pool_Record_MalformedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`一台工作機送來了格式有誤的紀錄（${i?.where}：${i?.detail}）；它被拒絕了。`)
};

export const error_pool_silent = /** @type {(inputs: Error_Pool_SilentInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`它沒有回應。`)
};

export const error_pool_the_job = /** @type {(inputs: Error_Pool_The_JobInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`工作`)
};

export const error_pool_the_record = /** @type {(inputs: Error_Pool_The_RecordInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`紀錄`)
};

export const error_pool_worker_name = /** @type {(inputs: Error_Pool_Worker_NameInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`工作機池中已經有一台名為 ${i?.name} 的工作機（在 ${i?.host} 上，處理程序 ${i?.pid}）：請給這台另取一個 --name；如果那台剛剛停止，請等幾秒鐘。`)
};

export const error_pool_worker_name_here = /** @type {(inputs: Error_Pool_Worker_Name_HereInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`工作機池中已經有一台名為 ${i?.name} 的工作機（在 ${i?.host} 上，處理程序 ${i?.pid}）：請給這台另取一個 --name。`)
};

export const error_pool_wrong_scheme = /** @type {(inputs: Error_Pool_Wrong_SchemeInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`'${i?.url}' 不是 Redis 位址（它以 ${i?.scheme} 開頭）：請給出 redis://HOST:PORT，使用 TLS 時給出 rediss://HOST:PORT。`)
};

export const error_python_empty = /** @type {(inputs: Error_Python_EmptyInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.where} 是空的：請貼上建立 Keras 模型的 Python 程式碼。`)
};

export const error_python_is_json = /** @type {(inputs: Error_Python_Is_JsonInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.where} 看起來是 Keras 模型 JSON，不是 Python 程式碼；請改以 Keras 模型 JSON（model.to_json()）的方式開啟。`)
};

export const error_python_no_input_shape = /** @type {(inputs: Error_Python_No_Input_ShapeInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`第 ${i?.line} 行建立的 Sequential 模型沒有輸入形狀，因此無法得知每一層的大小。請給它的第一層加上 input_shape=(...)（或以 keras.Input(shape=(...)) 開頭）後重新匯入`)
};

export const error_python_no_model = /** @type {(inputs: Error_Python_No_ModelInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.where} 沒有建立 LayerLab 能辨識的 Keras 模型：應使用 keras.layers 中的層，透過 keras.Sequential([...])、model.add(...) 或 keras.Model(inputs, outputs) 建立。`)
};

export const error_python_other_input = /** @type {(inputs: Error_Python_Other_InputInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`第 ${i?.line} 行建立的模型的輸出依賴 Input '${i?.name}'（第 ${i?.inputLine} 行），但它不是模型的輸入；請把這些層起始的 Input 傳給 Model(inputs, outputs)`)
};

export const error_python_output_not_from_input = /** @type {(inputs: Error_Python_Output_Not_From_InputInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`第 ${i?.line} 行建立的模型的輸出不是從它的輸入 '${i?.name}' 得到的；請在這個 Input 上呼叫這些層`)
};

export const error_python_sequential_empty = /** @type {(inputs: Error_Python_Sequential_EmptyInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`第 ${i?.line} 行建立的 Sequential 模型中沒有 LayerLab 能匯入的層`)
};

export const error_python_several_inputs = /** @type {(inputs: Error_Python_Several_InputsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`第 ${i?.line} 行建立的模型有 ${i?.count} 個輸入；LayerLab 的模型只能有一個輸入。請把這些輸入合併成一個 keras.Input 後重新匯入`)
};

export const error_python_unreadable = /** @type {(inputs: Error_Python_UnreadableInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.where} 不是 LayerLab 能讀懂的 Python 程式碼（第一個問題在第 ${i?.line} 行）；請貼上建立 Keras 模型的 Python 程式碼。`)
};

export const error_pywarn_argument_unread = /** @type {(inputs: Error_Pywarn_Argument_UnreadInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`無法讀取這個 ${i?.name} 層的 ${i?.key}（${i?.value}）：${i?.problem}；LayerLab 使用其預設值。請在程式碼中直接寫出這個值。`)
};

export const error_pywarn_augment_call = /** @type {(inputs: Error_Pywarn_Augment_CallInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`LayerLab 增強的是實驗的資料集，而不是來自 ${i?.name}() 的影像；這次呼叫已被忽略。`)
};

export const error_pywarn_callback = /** @type {(inputs: Error_Pywarn_CallbackInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`LayerLab 沒有回呼 ${i?.callback}（它有 EarlyStopping），已略去。`)
};

export const error_pywarn_called_on = /** @type {(inputs: Error_Pywarn_Called_OnInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`這個 ${i?.name} 層被作用在 ${i?.value} 上，而不是模型的張量（keras.Input(...) 或某層的輸出）上；這次呼叫已被忽略。`)
};

export const error_pywarn_called_on_nothing = /** @type {(inputs: Error_Pywarn_Called_On_NothingInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`這個 ${i?.name} 層沒有作用在任何東西上，而不是模型的張量（keras.Input(...) 或某層的輸出）上；這次呼叫已被忽略。`)
};

export const error_pywarn_condition_unknown = /** @type {(inputs: Error_Pywarn_Condition_UnknownInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`LayerLab 無法判斷這個條件是否成立；它沿用了這個分支。`)
};

export const error_pywarn_datagen_option = /** @type {(inputs: Error_Pywarn_Datagen_OptionInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`LayerLab 沒有 ImageDataGenerator 的 ${i?.key}，已略去（它有旋轉、平移、剪切、縮放、翻轉、填補模式和 cval）。`)
};

export const error_pywarn_early_stopping_option = /** @type {(inputs: Error_Pywarn_Early_Stopping_OptionInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`LayerLab 沒有 EarlyStopping 的 ${i?.key}，已略去。`)
};

export const error_pywarn_extra_argument = /** @type {(inputs: Error_Pywarn_Extra_ArgumentInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.name} 最多接受 ${i?.count} 個位置參數；多出的 ${i?.value} 已被忽略。`)
};

export const error_pywarn_fit_option = /** @type {(inputs: Error_Pywarn_Fit_OptionInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`LayerLab 沒有 fit 的 ${i?.key}，已略去。`)
};

export const error_pywarn_from_logits = /** @type {(inputs: Error_Pywarn_From_LogitsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`from_logits=True：LayerLab 的損失函數讀取的是機率，請給最後一層設定 activation='softmax'（或 'sigmoid'）並去掉 from_logits。`)
};

export const error_pywarn_imdb_width = /** @type {(inputs: Error_Pywarn_Imdb_WidthInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`模型每則評論讀取 ${i?.width} 個值，但 imdb.load_data 保留了 ${i?.count} 個詞；LayerLab 為每個保留的詞編碼一個值，所以請讓兩者相等。`)
};

export const error_pywarn_imdb_words = /** @type {(inputs: Error_Pywarn_Imdb_WordsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`LayerLab 保留 IMDB 的 10 到 100000 個詞，而不是 ${i?.count} 個；實驗保留 10000 個。`)
};

export const error_pywarn_input_inside = /** @type {(inputs: Error_Pywarn_Input_InsideInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Input 只能作為 Sequential 模型的第一層；這個已被略去。`)
};

export const error_pywarn_learning_rate = /** @type {(inputs: Error_Pywarn_Learning_RateInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`學習率 ${i?.value} 不是數字（是學習率排程？）；LayerLab 使用一個固定的學習率，即最佳化器的預設值。`)
};

export const error_pywarn_loop_unknown = /** @type {(inputs: Error_Pywarn_Loop_UnknownInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`LayerLab 無法判斷這個迴圈走訪的是什麼，因此略過了迴圈主體；如果其中的層屬於模型，請把它們逐一寫出來。`)
};

export const error_pywarn_loss = /** @type {(inputs: Error_Pywarn_LossInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`LayerLab 沒有損失函數 ${i?.loss}（它有 ${i?.losses}）；實驗使用預設損失函數。`)
};

export const error_pywarn_merge = /** @type {(inputs: Error_Pywarn_MergeInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`layers.${i?.name} 是 LayerLab 沒有的合併方式（它有 add 和 concatenate）；改用了第一個輸入。請用 Add 或 Concatenate 來訓練同類模型。`)
};

export const error_pywarn_metric = /** @type {(inputs: Error_Pywarn_MetricInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`不會回報指標 ${i?.metric}；LayerLab 顯示損失和準確率。`)
};

export const error_pywarn_model_untraced = /** @type {(inputs: Error_Pywarn_Model_UntracedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`這個 Model(...) 的輸入和輸出不是 LayerLab 能追蹤的張量（keras.Input(...) 和層的輸出），因此沒有匯入。`)
};

export const error_pywarn_models_compiled = /** @type {(inputs: Error_Pywarn_Models_CompiledInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`程式碼建立了 ${i?.count} 個模型；一個實驗只包含一個模型，LayerLab 匯入了最後編譯的這一個。`)
};

export const error_pywarn_models_made = /** @type {(inputs: Error_Pywarn_Models_MadeInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`程式碼建立了 ${i?.count} 個模型；一個實驗只包含一個模型，LayerLab 匯入了最後建立的這一個。`)
};

export const error_pywarn_models_trained = /** @type {(inputs: Error_Pywarn_Models_TrainedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`程式碼建立了 ${i?.count} 個模型；一個實驗只包含一個模型，LayerLab 匯入了最後訓練的這一個。`)
};

export const error_pywarn_nested_add = /** @type {(inputs: Error_Pywarn_Nested_AddInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`一個模型被加進另一個模型裡（巢狀模型）；LayerLab 只匯入一個扁平的模型，因此已略去它。請改為加入它的各層。`)
};

export const error_pywarn_nested_call = /** @type {(inputs: Error_Pywarn_Nested_CallInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`一個模型在另一個模型裡被呼叫（巢狀模型）；LayerLab 只匯入一個扁平的模型，因此忽略了這次呼叫。請把這些層建在同一個模型裡。`)
};

export const error_pywarn_never_compiled = /** @type {(inputs: Error_Pywarn_Never_CompiledInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`模型從未編譯；實驗使用 LayerLab 的預設設定訓練（Adam、稀疏分類交叉熵）。`)
};

export const error_pywarn_never_fit = /** @type {(inputs: Error_Pywarn_Never_FitInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`模型從未用 fit() 訓練；實驗的輪數、批次大小和驗證使用 LayerLab 的預設值。`)
};

export const error_pywarn_no_dataset = /** @type {(inputs: Error_Pywarn_No_DatasetInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`程式碼沒有載入 LayerLab 有的資料集（mnist、fashion_mnist 或 imdb）；請在實驗中選擇資料集。`)
};

export const error_pywarn_no_loss = /** @type {(inputs: Error_Pywarn_No_LossInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`compile() 沒有指定損失函數；LayerLab 使用預設損失函數。`)
};

export const error_pywarn_not_a_layer = /** @type {(inputs: Error_Pywarn_Not_A_LayerInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.value} 不是 LayerLab 認識的 Keras 層（自訂類別，或匯入無法追蹤的值），因此已從模型中略去。`)
};

export const error_pywarn_not_a_layer_nothing = /** @type {(inputs: Error_Pywarn_Not_A_Layer_NothingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`這裡沒有 LayerLab 認識的 Keras 層（自訂類別，或匯入無法追蹤的值），因此已從模型中略去。`)
};

export const error_pywarn_not_valid_yet = /** @type {(inputs: Error_Pywarn_Not_Valid_YetInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`匯入的模型還無效：${i?.issue}`)
};

export const error_pywarn_one_hot = /** @type {(inputs: Error_Pywarn_One_HotInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`標籤是 one-hot 編碼（to_categorical），但損失函數是 sparse_categorical_crossentropy，Keras 會拒絕；實驗改用 categorical_crossentropy。`)
};

export const error_pywarn_optimizer_class = /** @type {(inputs: Error_Pywarn_Optimizer_ClassInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`LayerLab 沒有最佳化器 ${i?.name}（它有 Adam、RMSprop 和 SGD）；實驗用 Adam 訓練，如果這裡給了學習率就用它。`)
};

export const error_pywarn_optimizer_name = /** @type {(inputs: Error_Pywarn_Optimizer_NameInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`LayerLab 沒有最佳化器 '${i?.name}'（它有 Adam、RMSprop 和 SGD）；實驗用 Adam 訓練。`)
};

export const error_pywarn_optimizer_option = /** @type {(inputs: Error_Pywarn_Optimizer_OptionInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`LayerLab 沒有最佳化器的 ${i?.key}；它使用 Keras 的預設值。`)
};

export const error_pywarn_optimizer_unread = /** @type {(inputs: Error_Pywarn_Optimizer_UnreadInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`無法讀取最佳化器 ${i?.optimizer}；實驗用 Adam 訓練。`)
};

export const error_pywarn_out_of_steps = /** @type {(inputs: Error_Pywarn_Out_Of_StepsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`LayerLab 在這裡執行了 ${i?.steps} 步後停止追蹤程式碼（迴圈太長？）；之後的程式碼沒有匯入。`)
};

export const error_pywarn_outputs = /** @type {(inputs: Error_Pywarn_OutputsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`這個模型有 ${i?.count} 個輸出；LayerLab 的模型只有一個輸出，因此只匯入了第一個。`)
};

export const error_pywarn_recursion = /** @type {(inputs: Error_Pywarn_RecursionInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`LayerLab 在這裡停止追蹤對 ${i?.name} 的呼叫（遞迴太深）。`)
};

export const error_pywarn_shape_unread = /** @type {(inputs: Error_Pywarn_Shape_UnreadInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`這個 ${i?.name} 的 ${i?.key}（${i?.value}）不是 LayerLab 能讀取的尺寸列表；請直接寫出來，例如 ${i?.key}=(28, 28, 1)。`)
};

export const error_pywarn_shared_layer = /** @type {(inputs: Error_Pywarn_Shared_LayerInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`層 '${i?.layer}' 在這裡再次被呼叫（共用層）；LayerLab 為這次呼叫另建一個設定相同的層 '${i?.copy}'，所以兩者不共用權重。`)
};

export const error_pywarn_train_subset = /** @type {(inputs: Error_Pywarn_Train_SubsetInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`模型用第 ${i?.start} 到第 ${i?.end} 個訓練樣本訓練；LayerLab 用整個訓練集訓練。`)
};

export const error_pywarn_train_test_split = /** @type {(inputs: Error_Pywarn_Train_Test_SplitInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`train_test_split 隨機抽取留出的樣本；LayerLab 從訓練集末尾留出同樣數量的樣本。`)
};

export const error_pywarn_training_setting = /** @type {(inputs: Error_Pywarn_Training_SettingInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`訓練設定 ${i?.key} = ${i?.value} 在 LayerLab 中不可行（${i?.problem}）；實驗使用其預設值。`)
};

export const error_pywarn_unknown_dataset = /** @type {(inputs: Error_Pywarn_Unknown_DatasetInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`LayerLab 沒有資料集 ${i?.name}（它有 mnist、fashion_mnist 和 imdb）；請在匯入後選擇實驗的資料集。`)
};

export const error_pywarn_unknown_layer = /** @type {(inputs: Error_Pywarn_Unknown_LayerInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.name} 是 LayerLab 沒有的 Keras 層，因此已從模型中略去；LayerLab 有 ${i?.layers}。請換成其中之一（或刪除它），才能訓練同樣的模型。`)
};

export const error_pywarn_unreadable_line = /** @type {(inputs: Error_Pywarn_Unreadable_LineInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`LayerLab 讀不懂這一行 Python，已略過；如果它對模型重要，請修改它。`)
};

export const error_pywarn_validation_first = /** @type {(inputs: Error_Pywarn_Validation_FirstInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`驗證資料是前 ${i?.count} 個訓練樣本；LayerLab 從訓練集末尾留出同樣數量的樣本（Keras 的 validation_split）。`)
};

export const error_pywarn_validation_split_subset = /** @type {(inputs: Error_Pywarn_Validation_Split_SubsetInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Keras 從給出的 ${i?.count} 個樣本中劃出 validation_split；LayerLab 先劃分整個訓練集，再用前 ${i?.count} 個訓練，所以數字會略有不同。`)
};

export const error_pywarn_validation_test_part = /** @type {(inputs: Error_Pywarn_Validation_Test_PartInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`驗證資料是 ${i?.rows} 個測試樣本中的 ${i?.count} 個；LayerLab 在整個測試集上驗證。`)
};

export const error_pywarn_validation_unknown = /** @type {(inputs: Error_Pywarn_Validation_UnknownInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`LayerLab 無法判斷 validation_data 是什麼；實驗在資料集的測試集上驗證。`)
};

export const error_pywarn_while = /** @type {(inputs: Error_Pywarn_WhileInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`LayerLab 不追蹤 while 迴圈，因此略過了這個迴圈。`)
};

export const error_pywarn_zoom = /** @type {(inputs: Error_Pywarn_ZoomInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`ImageDataGenerator 的 zoom_range=[${i?.low}, ${i?.high}] 不以 1 為中心；LayerLab 改為按 1 ± ${i?.zoom} 縮放。`)
};

export const error_redis_bad_password = /** @type {(inputs: Error_Redis_Bad_PasswordInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.where} 的 Redis 伺服器拒絕了密碼：請對照它的 requirepass 設定檢查位址中的密碼。`)
};

export const error_redis_failed = /** @type {(inputs: Error_Redis_FailedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.where} 的 Redis 伺服器出錯：${i?.detail}`)
};

export const error_redis_no_answer = /** @type {(inputs: Error_Redis_No_AnswerInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.where} 的 Redis 伺服器在 ${i?.seconds} 秒內沒有回應：請檢查它是否在執行，以及網路是否允許它的連接埠${i?.tls}。`)
};

export const error_redis_no_answer_tls = /** @type {(inputs: Error_Redis_No_Answer_TlsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`（以及它是否使用 TLS：沒有 TLS 的伺服器要用 redis://）`)
};

export const error_redis_no_host = /** @type {(inputs: Error_Redis_No_HostInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`找不到 ${i?.where} 的主機：請檢查主機名稱，或改用它的 IP 位址。`)
};

export const error_redis_refused = /** @type {(inputs: Error_Redis_RefusedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.where} 沒有任何回應：請在那裡啟動 redis-server（綁定到電腦教室的網路，而不只是 127.0.0.1），或檢查主機和連接埠。`)
};

export const error_redis_tls = /** @type {(inputs: Error_Redis_TlsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`到 ${i?.where} 的 TLS 連線失敗（${i?.detail}）：如果教室使用自己的憑證授權單位，請把 NODE_EXTRA_CA_CERTS 設為它的憑證檔；沒有 TLS 的伺服器要用 redis://，而不是 rediss://。`)
};

export const error_redis_unreachable = /** @type {(inputs: Error_Redis_UnreachableInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`從這台電腦無法連線到 ${i?.where}（${i?.code}）：請檢查網路，以及防火牆是否允許這個連接埠。`)
};

export const error_redis_wants_password = /** @type {(inputs: Error_Redis_Wants_PasswordInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.where} 的 Redis 伺服器需要密碼：請以 redis://:PASSWORD@HOST:PORT 的形式給出。`)
};

export const error_report_attachment_cut = /** @type {(inputs: Error_Report_Attachment_CutInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`它的附件不完整`)
};

export const error_report_attachment_inflate = /** @type {(inputs: Error_Report_Attachment_InflateInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`它的附件無法解壓縮`)
};

export const error_report_data_cut = /** @type {(inputs: Error_Report_Data_CutInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`其中的報告資料不完整`)
};

export const error_report_invalid = /** @type {(inputs: Error_Report_InvalidInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`其中的報告資料無效（${i?.path}：${i?.detail}）`)
};

export const error_report_no_attachment = /** @type {(inputs: Error_Report_No_AttachmentInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`它沒有附帶 ${i?.name}`)
};

export const error_report_no_data = /** @type {(inputs: Error_Report_No_DataInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`其中沒有報告資料（它是用 LayerLab 的「報告」按鈕儲存的嗎？）`)
};

export const error_report_not_json = /** @type {(inputs: Error_Report_Not_JsonInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`其中的報告資料不是有效的 JSON`)
};

export const error_report_not_report = /** @type {(inputs: Error_Report_Not_ReportInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.file} 不是 LayerLab 報告：${i?.why}。`)
};

export const error_report_the_data = /** @type {(inputs: Error_Report_The_DataInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`資料`)
};

export const error_report_unreadable = /** @type {(inputs: Error_Report_UnreadableInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.file} 無法作為 LayerLab 報告讀取。`)
};

export const error_reports_folder = /** @type {(inputs: Error_Reports_FolderInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`無法把 ${i?.dir} 當作報告資料夾讀取：請選擇存放學生報告檔案的資料夾。`)
};

export const error_roster_bad_code = /** @type {(inputs: Error_Roster_Bad_CodeInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.where}：'${i?.code}' 不是登入碼（6 個字母和數字，不含 0、O、1、I 和 L）；不寫的話會自動產生一個。`)
};

export const error_roster_code_taken = /** @type {(inputs: Error_Roster_Code_TakenInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.file}：'${i?.name}' 的登入碼 ${i?.code} 已經屬於 '${i?.owner}'；不寫的話會自動產生一個。`)
};

export const error_roster_line = /** @type {(inputs: Error_Roster_LineInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.file} 第 ${i?.line} 行`)
};

export const error_roster_long_name = /** @type {(inputs: Error_Roster_Long_NameInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.where}：名字 '${i?.name}…' 超過了 ${i?.max} 個字元。`)
};

export const error_roster_new_student = /** @type {(inputs: Error_Roster_New_StudentInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`新學生`)
};

export const error_roster_no_name = /** @type {(inputs: Error_Roster_No_NameInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.where}：學生需要一個名字。`)
};

export const error_roster_not_roster = /** @type {(inputs: Error_Roster_Not_RosterInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.file} 不是班級名冊（${i?.detail}）；請把它移開，以建立新的班級。`)
};

export const error_roster_twice = /** @type {(inputs: Error_Roster_TwiceInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.where}：'${i?.name}' 在名單上出現了兩次。`)
};

export const error_roster_unreadable = /** @type {(inputs: Error_Roster_UnreadableInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`無法讀取班級名單 ${i?.file}（${i?.detail}）。`)
};

export const error_run_name_empty = /** @type {(inputs: Error_Run_Name_EmptyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`執行名稱不能為空白。`)
};

export const error_scriptwarn_augmentation = /** @type {(inputs: Error_Scriptwarn_AugmentationInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`資料增強：Keras 3 沒有 ImageDataGenerator，因此指令碼使用範圍相同的前處理層；它們抽取變換的方式略有不同（RandomShear 的 factor 代表剪切角度）。`)
};

export const error_scriptwarn_csv_header = /** @type {(inputs: Error_Scriptwarn_Csv_HeaderInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.path}：pandas 把第一列當作標題列；LayerLab 只在數字上方有名稱時才這樣做。`)
};

export const error_scriptwarn_folds = /** @type {(inputs: Error_Scriptwarn_FoldsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`實驗用第 ${i?.fold} 折（共 ${i?.folds} 折）驗證：指令碼用 numpy 的產生器切出一般的折，因此其中的樣本與 LayerLab 的不同。`)
};

export const error_scriptwarn_folds_stratified = /** @type {(inputs: Error_Scriptwarn_Folds_StratifiedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`實驗用第 ${i?.fold} 折（共 ${i?.folds} 折，分層）驗證：指令碼用 numpy 的產生器切出一般的折，因此其中的樣本與 LayerLab 的不同。`)
};

export const error_scriptwarn_grid = /** @type {(inputs: Error_Scriptwarn_GridInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`實驗的網格是 RUN_GRID = False 後面的一個迴圈，每種設定的評分方式與 LayerLab 相同。`)
};

export const error_scriptwarn_grid_folds = /** @type {(inputs: Error_Scriptwarn_Grid_FoldsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`實驗的網格是 RUN_GRID = False 後面的一個迴圈：用 numpy 的一般折代替 LayerLab 的分層折，每種設定的評分方式與 LayerLab 相同。`)
};

export const error_scriptwarn_grid_left_out = /** @type {(inputs: Error_Scriptwarn_Grid_Left_OutInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`實驗的網格（遍歷 ${i?.params}）不在指令碼裡，${i?.why}：指令碼只按實驗本身的設定訓練一次；請在 LayerLab 中執行網格，或自己迴圈這些值。`)
};

export const error_scriptwarn_image_folder = /** @type {(inputs: Error_Scriptwarn_Image_FolderInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.path}：Keras 用自己的方式打亂和縮放影像，因此順序（以及從末尾劃出的驗證集）與 LayerLab 的不同。`)
};

export const error_scriptwarn_imdb = /** @type {(inputs: Error_Scriptwarn_ImdbInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`IMDB：Keras 的影評副本由 Keras 斷詞，LayerLab 自己對原始影評斷詞，因此有幾個詞的欄不同。`)
};

export const error_scriptwarn_no_test_set = /** @type {(inputs: Error_Scriptwarn_No_Test_SetInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`實驗用測試集驗證，但這個資料集沒有測試集：請改為劃出驗證集。`)
};

export const error_scriptwarn_not_valid = /** @type {(inputs: Error_Scriptwarn_Not_ValidInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`模型還無效，Keras 會在這裡停下：${i?.issue}`)
};

export const error_scriptwarn_sweeps_fixed = /** @type {(inputs: Error_Scriptwarn_Sweeps_FixedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.path}（不是迴圈能改變的設定）`)
};

export const error_scriptwarn_sweeps_problem = /** @type {(inputs: Error_Scriptwarn_Sweeps_ProblemInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.path}（${i?.problem}）`)
};

export const error_scriptwarn_sweeps_training = /** @type {(inputs: Error_Scriptwarn_Sweeps_TrainingInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`training.${i?.key}（迴圈只遍歷層的設定和 learningRate）`)
};

export const error_scriptwarn_synthetic = /** @type {(inputs: Error_Scriptwarn_SyntheticInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.shape}：numpy 抽取的隨機點與 LayerLab 的產生器不同（形狀、雜訊和數量相同），因此結果會略有不同。`)
};

export const error_scriptwarn_why_augments = /** @type {(inputs: Error_Scriptwarn_Why_AugmentsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`因為它做了資料增強或打亂了標籤`)
};

export const error_scriptwarn_why_sweeps = /** @type {(inputs: Error_Scriptwarn_Why_SweepsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`因為它遍歷 ${i?.what}`)
};

export const error_scriptwarn_why_unexpandable = /** @type {(inputs: Error_Scriptwarn_Why_UnexpandableInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`因為它無法展開（${i?.error}）`)
};

export const error_split_empty = /** @type {(inputs: Error_Split_EmptyInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`在 ${i?.count} 個樣本中保留 ${i?.fraction} 做驗證後，沒有剩下訓練樣本或驗證樣本；請選擇 0.2 這樣的比例。`)
};

export const error_store_cannot_open = /** @type {(inputs: Error_Store_Cannot_OpenInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`無法開啟執行紀錄庫 ${i?.file}（${i?.detail}）：請檢查它所在的資料夾是否存在且可寫入，或把 LAYERLAB_HOME 設為一個你可以寫入的資料夾。`)
};

export const error_store_closed = /** @type {(inputs: Error_Store_ClosedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`執行紀錄庫 ${i?.file} 已關閉（移開它時失敗了）；請重新啟動 LayerLab 以重新開啟它。`)
};

export const error_store_damaged = /** @type {(inputs: Error_Store_DamagedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`執行紀錄庫 ${i?.file} 已損壞（${i?.detail}）。${i?.advice}`)
};

export const error_store_damaged_insights = /** @type {(inputs: Error_Store_Damaged_InsightsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`執行紀錄庫 ${i?.file} 已損壞（無法讀取執行 ${i?.run} 第 ${i?.epoch} 輪的洞察資料：${i?.detail}）。${i?.advice}`)
};

export const error_store_full = /** @type {(inputs: Error_Store_FullInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`無法寫入執行紀錄庫 ${i?.file}：磁碟已滿。請騰出一些空間；已完成的輪次會保留，LayerLab 會在可以時寫入待儲存的內容。`)
};

export const error_store_future = /** @type {(inputs: Error_Store_FutureInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`執行紀錄庫 ${i?.file} 由較新版本的 LayerLab 寫入（結構版本 ${i?.version}，目前版本只認得到 ${i?.current}）。請更新 LayerLab，或把這個檔案移走以建立新的紀錄庫。`)
};

export const error_store_io = /** @type {(inputs: Error_Store_IoInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`無法讀寫執行紀錄庫 ${i?.file}（${i?.code}：${i?.detail}）；請檢查磁碟後重試。`)
};

export const error_store_locked = /** @type {(inputs: Error_Store_LockedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`執行紀錄庫 ${i?.file} 被另一個程式鎖定了；請關閉那個程式（或另一個 LayerLab）後重試。`)
};

export const error_store_needs_folder = /** @type {(inputs: Error_Store_Needs_FolderInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.why} 執行紀錄庫 ${i?.file} 需要它：請把 LAYERLAB_HOME 設為一個你可以寫入的資料夾。`)
};

export const error_store_nothing_to_move = /** @type {(inputs: Error_Store_Nothing_To_MoveInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.file} 處沒有可以移開的執行紀錄庫。`)
};

export const error_store_read_only = /** @type {(inputs: Error_Store_Read_OnlyInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`無法寫入執行紀錄庫 ${i?.file}（${i?.detail}）：請讓它和它所在的資料夾可寫入，或把 LAYERLAB_HOME 設為一個你可以寫入的資料夾。`)
};

export const error_store_repair_advice = /** @type {(inputs: Error_Store_Repair_AdviceInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`LayerLab 可以把它移開（保留一份副本），用仍能讀取的內容建立新的紀錄庫（在應用程式中點「移開損壞的紀錄庫」，或執行 \`layerlab store repair\`）；也可以手動處理：結束 LayerLab，然後重新命名 ${i?.file}（以及它的 -wal 和 -shm 檔案，如果有的話）。`)
};

export const error_subset_too_large = /** @type {(inputs: Error_Subset_Too_LargeInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.subset} 個樣本的訓練子集大於現有的 ${i?.count} 個訓練樣本；請最多選擇 ${i?.count} 個。`)
};

export const error_synthetic_classes = /** @type {(inputs: Error_Synthetic_ClassesInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.shape} 資料集恰好有 ${i?.fixed} 個類別，不是 ${i?.classes} 個：請把 classes 設為 ${i?.fixed}，或選擇 spirals 以使用更多類別。`)
};

export const error_trainer_ended = /** @type {(inputs: Error_Trainer_EndedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`訓練程序結束了，但沒有給出結果。`)
};

export const error_trainer_how_exited = /** @type {(inputs: Error_Trainer_How_ExitedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`結束了（結束代碼 ${i?.code}）`)
};

export const error_trainer_how_killed = /** @type {(inputs: Error_Trainer_How_KilledInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`被終止了（${i?.signal}）`)
};

export const error_trainer_no_answer = /** @type {(inputs: Error_Trainer_No_AnswerInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`訓練程序結束了，但沒有回應。`)
};

export const error_trainer_no_start = /** @type {(inputs: Error_Trainer_No_StartInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`訓練程序無法啟動：${i?.detail}`)
};

export const error_trainer_stopped = /** @type {(inputs: Error_Trainer_StoppedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`訓練程序在執行結束前${i?.how}。`)
};

export const error_trainer_stopped_said = /** @type {(inputs: Error_Trainer_Stopped_SaidInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`訓練程序在執行結束前${i?.how}：${i?.tail}。`)
};

export const error_two_sentences = /** @type {(inputs: Error_Two_SentencesInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.first}${i?.second}`)
};

export const error_weights_extra = /** @type {(inputs: Error_Weights_ExtraInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.source} 有一個權重 ${i?.weight}，這個模型中沒有它的位置；請從同一模型的執行繼續。`)
};

export const error_weights_no_weight = /** @type {(inputs: Error_Weights_No_WeightInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.source} 沒有層 '${i?.layer}' 的權重 ${i?.weight}；請從同一模型的執行繼續。`)
};

export const error_weights_run = /** @type {(inputs: Error_Weights_RunInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`執行「${i?.name}」`)
};

export const error_weights_shape = /** @type {(inputs: Error_Weights_ShapeInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.source} 中 ${i?.weight} 的形狀是 ${i?.shape}，但這個模型的層 '${i?.layer}' 需要 ${i?.needs}；請從同一模型的執行繼續。`)
};

export const error_weights_stored_missing = /** @type {(inputs: Error_Weights_Stored_MissingInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`儲存的權重中沒有 ${i?.weight}，但層 '${i?.layer}' 需要 [${i?.needs}]；請從同一模型的執行開始。`)
};

export const error_weights_stored_shape = /** @type {(inputs: Error_Weights_Stored_ShapeInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`儲存的權重中 ${i?.weight} 的形狀是 [${i?.shape}]，但層 '${i?.layer}' 需要 [${i?.needs}]；請從同一模型的執行開始。`)
};

export const error_what_keras_json = /** @type {(inputs: Error_What_Keras_JsonInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Keras 模型 JSON 檔`)
};

export const error_what_lab_file = /** @type {(inputs: Error_What_Lab_FileInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`實驗檔案`)
};

export const error_what_python_file = /** @type {(inputs: Error_What_Python_FileInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Python 檔案`)
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

export const grid_accuracy = /** @type {(inputs: Grid_AccuracyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`準確率`)
};

export const grid_at_least_one_layer = /** @type {(inputs: Grid_At_Least_One_LayerInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`一項掃描至少要作用於一個層。`)
};

export const grid_back = /** @type {(inputs: Grid_BackInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`✕ 返回模型`)
};

export const grid_back_title = /** @type {(inputs: Grid_Back_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`返回模型（Esc）`)
};

export const grid_back_to_model = /** @type {(inputs: Grid_Back_To_ModelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`← 返回模型`)
};

export const grid_best = /** @type {(inputs: Grid_BestInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`最佳`)
};

export const grid_best_first = /** @type {(inputs: Grid_Best_FirstInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`最佳的排在前面`)
};

export const grid_best_so_far = /** @type {(inputs: Grid_Best_So_FarInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`目前最佳`)
};

export const grid_col_fold = /** @type {(inputs: Grid_Col_FoldInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`第 ${i?.n} 折`)
};

export const grid_col_holdout = /** @type {(inputs: Grid_Col_HoldoutInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`留出集`)
};

export const grid_col_mean = /** @type {(inputs: Grid_Col_MeanInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`平均`)
};

export const grid_col_rank = /** @type {(inputs: Grid_Col_RankInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`排名`)
};

export const grid_col_status = /** @type {(inputs: Grid_Col_StatusInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`狀態`)
};

export const grid_curves = /** @type {(inputs: Grid_CurvesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`學習曲線`)
};

export const grid_curves_appear = /** @type {(inputs: Grid_Curves_AppearInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`設定完成後，曲線會顯示在這裡。`)
};

export const grid_curves_label = /** @type {(inputs: Grid_Curves_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`各設定的學習曲線`)
};

export const grid_delete = /** @type {(inputs: Grid_DeleteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`刪除`)
};

export const grid_delete_sure = /** @type {(inputs: Grid_Delete_SureInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`確定嗎？`)
};

export const grid_each_fold = /** @type {(inputs: Grid_Each_FoldInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`每一折的得分`)
};

export const grid_earlier = /** @type {(inputs: Grid_EarlierInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`顯示之前的網格 →`)
};

export const grid_empty = /** @type {(inputs: Grid_EmptyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`還沒有執行過網格。用「+ 掃描」選擇要掃描的設定，然後在「網格搜尋」標籤頁中點選「執行網格」。`)
};

export const grid_estimating = /** @type {(inputs: Grid_EstimatingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`正在估算剩餘時間……`)
};

export const grid_eval = /** @type {(inputs: Grid_EvalInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`每種設定的打分方式`)
};

export const grid_eval_holdout = /** @type {(inputs: Grid_Eval_HoldoutInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`一次留出劃分`)
};

export const grid_eval_kfold = /** @type {(inputs: Grid_Eval_KfoldInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`k 折交叉驗證`)
};

export const grid_export_csv = /** @type {(inputs: Grid_Export_CsvInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`匯出 CSV`)
};

export const grid_export_csv_title = /** @type {(inputs: Grid_Export_Csv_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`把結果表格匯出為 CSV 檔案`)
};

export const grid_fold1_only = /** @type {(inputs: Grid_Fold1_OnlyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`只看第 1 折`)
};

export const grid_folds = /** @type {(inputs: Grid_FoldsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`折數`)
};

export const grid_folds_times = /** @type {(inputs: Grid_Folds_TimesInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`× ${i?.folds} 折`)
};

export const grid_from = /** @type {(inputs: Grid_FromInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`從`)
};

export const grid_heading = /** @type {(inputs: Grid_HeadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`網格搜尋`)
};

export const grid_heatmap = /** @type {(inputs: Grid_HeatmapInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`熱力圖`)
};

export const grid_heatmap_fallback = /** @type {(inputs: Grid_Heatmap_FallbackInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`網格平均得分的熱力圖。`)
};

export const grid_heatmap_label = /** @type {(inputs: Grid_Heatmap_LabelInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`每對取值的平均 ${i?.metric}；具體數值在表格中`)
};

export const grid_hint = /** @type {(inputs: Grid_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`在「層」或「資料與訓練」中，用欄位旁邊的「+ 掃描」最多掃描 4 項設定。`)
};

export const grid_holdout_fraction = /** @type {(inputs: Grid_Holdout_FractionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`留出比例`)
};

export const grid_how_values = /** @type {(inputs: Grid_How_ValuesInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.label}：如何給出取值`)
};

export const grid_intro = /** @type {(inputs: Grid_IntroInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`訓練你所掃描設定的每一種組合，並用交叉驗證給每一種打分，就像 scikit-learn 的 GridSearchCV 那樣。`)
};

export const grid_key_training = /** @type {(inputs: Grid_Key_TrainingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`訓練`)
};

export const grid_key_validation = /** @type {(inputs: Grid_Key_ValidationInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`驗證 · 顏色與表格相同`)
};

export const grid_log_loss = /** @type {(inputs: Grid_Log_LossInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`損失取對數座標`)
};

export const grid_loss = /** @type {(inputs: Grid_LossInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`損失`)
};

export const grid_mean = /** @type {(inputs: Grid_MeanInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`平均 ${i?.metric}`)
};

export const grid_mean_of_folds = /** @type {(inputs: Grid_Mean_Of_FoldsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.folds} 折的平均`)
};

export const grid_mean_title = /** @type {(inputs: Grid_Mean_TitleInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`各折的平均 ${i?.metric}，最佳的排在前面`)
};

export const grid_mode_list = /** @type {(inputs: Grid_Mode_ListInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`清單`)
};

export const grid_mode_range = /** @type {(inputs: Grid_Mode_RangeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`範圍`)
};

export const grid_no_best_yet = /** @type {(inputs: Grid_No_Best_YetInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`還沒有設定完成：最佳設定會顯示在這裡，以及表格和熱力圖中。`)
};

export const grid_none_swept = /** @type {(inputs: Grid_None_SweptInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`還沒有掃描任何設定。`)
};

export const grid_none_swept_how = /** @type {(inputs: Grid_None_Swept_HowInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`點選欄位旁邊的「+ 掃描」來嘗試它的多個取值：單元數、dropout 比率或正則化強度在`)
};

export const grid_none_swept_how_2 = /** @type {(inputs: Grid_None_Swept_How_2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`中；學習率、批大小或最佳化器在`)
};

export const grid_none_swept_how_3 = /** @type {(inputs: Grid_None_Swept_How_3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`中。`)
};

export const grid_not_ready = /** @type {(inputs: Grid_Not_ReadyInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`還不能執行網格：${i?.why}`)
};

export const grid_on_curves = /** @type {(inputs: Grid_On_CurvesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`顯示在曲線上`)
};

export const grid_on_pool = /** @type {(inputs: Grid_On_PoolInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`在實驗室的工作機上執行`)
};

export const grid_on_pool_connect_first = /** @type {(inputs: Grid_On_Pool_Connect_FirstInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`請先在上方連接一個工作機池`)
};

export const grid_on_pool_title = /** @type {(inputs: Grid_On_Pool_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`把訓練排到工作機池的工作機上，而不是在這臺電腦上訓練`)
};

export const grid_one_problem = /** @type {(inputs: Grid_One_ProblemInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`有 1 個問題要先解決（見上方）。`)
};

export const grid_one_value_each = /** @type {(inputs: Grid_One_Value_EachInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`每個勾選的層用同一個取值`)
};

export const grid_output = /** @type {(inputs: Grid_OutputInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`（輸出層）`)
};

export const grid_output_note = /** @type {(inputs: Grid_Output_NoteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Keras 課程通常只對隱藏層做正則化，不動輸出層：取消勾選輸出層即可照做。`)
};

export const grid_parallel = /** @type {(inputs: Grid_ParallelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`同時執行的訓練程序`)
};

export const grid_parallel_auto = /** @type {(inputs: Grid_Parallel_AutoInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`自動`)
};

export const grid_parallel_hint = /** @type {(inputs: Grid_Parallel_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`留空：每個核心一個`)
};

export const grid_pool_address = /** @type {(inputs: Grid_Pool_AddressInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Redis 伺服器`)
};

export const grid_pool_connect = /** @type {(inputs: Grid_Pool_ConnectInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`連接`)
};

export const grid_pool_connected = /** @type {(inputs: Grid_Pool_ConnectedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`已連接到 ${i?.url}。`)
};

export const grid_pool_connecting = /** @type {(inputs: Grid_Pool_ConnectingInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`正在連接 ${i?.url}……`)
};

export const grid_pool_disconnect = /** @type {(inputs: Grid_Pool_DisconnectInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`斷開連接`)
};

export const grid_pool_hint = /** @type {(inputs: Grid_Pool_HintInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`在其他電腦上訓練網格：在每臺電腦上啟動 ${i?.command}，然後在這裡連接到同一個 Redis 伺服器。`)
};

export const grid_pool_jobs = /** @type {(inputs: Grid_Pool_JobsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.active} / ${i?.concurrency} 個任務`)
};

export const grid_pool_jobs_one = /** @type {(inputs: Grid_Pool_Jobs_OneInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.active} / ${i?.concurrency} 個任務`)
};

export const grid_pool_no_dataset = /** @type {(inputs: Grid_Pool_No_DatasetInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`沒有工作機擁有 ${i?.dataset}：啟動工作機時用 --data-dir 指向存放它的資料夾（layerlab datasets --download ${i?.name} 可以下載它）。`)
};

export const grid_pool_no_datasets = /** @type {(inputs: Grid_Pool_No_DatasetsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`沒有內建資料集`)
};

export const grid_pool_no_worker = /** @type {(inputs: Grid_Pool_No_WorkerInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`還沒有工作機加入：請在每臺實驗室電腦上用 layerlab worker --redis ${i?.url} 啟動一個。`)
};

export const grid_pool_not_connected = /** @type {(inputs: Grid_Pool_Not_ConnectedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`未連接`)
};

export const grid_pool_not_ready = /** @type {(inputs: Grid_Pool_Not_ReadyInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`還不能在實驗室的工作機上執行網格：工作機池${i?.state}（請在「實驗室工作機」中連接，或取消勾選「在實驗室的工作機上執行」，改在本機訓練）。`)
};

export const grid_pool_off = /** @type {(inputs: Grid_Pool_OffInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`未連接：網格在這臺電腦上訓練。`)
};

export const grid_pool_on_host = /** @type {(inputs: Grid_Pool_On_HostInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`位於 ${i?.host}`)
};

export const grid_pool_password = /** @type {(inputs: Grid_Pool_PasswordInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`密碼`)
};

export const grid_pool_password_if = /** @type {(inputs: Grid_Pool_Password_IfInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`（如果有的話）`)
};

export const grid_pool_queue = /** @type {(inputs: Grid_Pool_QueueInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`佇列：${i?.queue}`)
};

export const grid_pool_queue_line = /** @type {(inputs: Grid_Pool_Queue_LineInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.waiting} 個等待 · ${i?.active} 個訓練中`)
};

export const grid_pool_requeued = /** @type {(inputs: Grid_Pool_RequeuedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`一臺工作機在某一折訓練中途失聯；這一折已回到工作機池的佇列中。`)
};

export const grid_pool_title = /** @type {(inputs: Grid_Pool_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`實驗室工作機`)
};

export const grid_pool_unreachable = /** @type {(inputs: Grid_Pool_UnreachableInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`無法連接到 ${i?.url}。`)
};

export const grid_pool_workers = /** @type {(inputs: Grid_Pool_WorkersInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`工作機`)
};

export const grid_problems = /** @type {(inputs: Grid_ProblemsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`有 ${i?.count} 個問題要先解決（見上方）。`)
};

export const grid_progress = /** @type {(inputs: Grid_ProgressInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`網格進度`)
};

export const grid_progress_runs = /** @type {(inputs: Grid_Progress_RunsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`· ${i?.done} / ${i?.total} 次訓練`)
};

export const grid_progress_settings = /** @type {(inputs: Grid_Progress_SettingsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.done} / ${i?.total} 種設定`)
};

export const grid_ran_on = /** @type {(inputs: Grid_Ran_OnInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`這個網格已於 ${i?.when} 執行過：它的結果都保留著。`)
};

export const grid_random_between = /** @type {(inputs: Grid_Random_BetweenInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`在 ${i?.values} 之間隨機抽取（${i?.scale}）`)
};

export const grid_rank_accuracy = /** @type {(inputs: Grid_Rank_AccuracyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`val_accuracy（越高越好）`)
};

export const grid_rank_by = /** @type {(inputs: Grid_Rank_ByInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`設定的排名依據`)
};

export const grid_rank_loss = /** @type {(inputs: Grid_Rank_LossInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`val_loss（越低越好）`)
};

export const grid_refit = /** @type {(inputs: Grid_RefitInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`在全部訓練資料上重新擬合最佳設定，並在測試集上打分`)
};

export const grid_refit_later = /** @type {(inputs: Grid_Refit_LaterInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`所有設定都完成後，最佳設定會在全部訓練資料上重新擬合。`)
};

export const grid_refit_on_all = /** @type {(inputs: Grid_Refit_On_AllInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`在全部訓練資料上重新擬合：`)
};

export const grid_refit_test = /** @type {(inputs: Grid_Refit_TestInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`測試準確率 ${i?.accuracy}，測試損失 ${i?.loss}。`)
};

export const grid_refit_training = /** @type {(inputs: Grid_Refit_TrainingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`訓練中……`)
};

export const grid_refitting = /** @type {(inputs: Grid_RefittingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`· 正在重新擬合最佳設定……`)
};

export const grid_remove = /** @type {(inputs: Grid_RemoveInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`刪除網格`)
};

export const grid_remove_from_grid = /** @type {(inputs: Grid_Remove_From_GridInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`從網格中移除`)
};

export const grid_results_label = /** @type {(inputs: Grid_Results_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`網格搜尋結果`)
};

export const grid_results_link = /** @type {(inputs: Grid_Results_LinkInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`結果 →`)
};

export const grid_resume = /** @type {(inputs: Grid_ResumeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`▶ 繼續網格`)
};

export const grid_run = /** @type {(inputs: Grid_RunInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`▶ 執行網格`)
};

export const grid_run_again = /** @type {(inputs: Grid_Run_AgainInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`再執行一次`)
};

export const grid_run_again_title = /** @type {(inputs: Grid_Run_Again_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`在一個新網格中重新訓練每種設定`)
};

export const grid_scale = /** @type {(inputs: Grid_ScaleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`刻度`)
};

export const grid_scale_linear = /** @type {(inputs: Grid_Scale_LinearInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`線性`)
};

export const grid_scale_log = /** @type {(inputs: Grid_Scale_LogInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`對數`)
};

export const grid_search = /** @type {(inputs: Grid_SearchInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`搜尋方式`)
};

export const grid_search_grid = /** @type {(inputs: Grid_Search_GridInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`每一種組合（網格）`)
};

export const grid_search_random = /** @type {(inputs: Grid_Search_RandomInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`隨機抽取（隨機搜尋）`)
};

export const grid_select = /** @type {(inputs: Grid_SelectInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`網格`)
};

export const grid_settings_many = /** @type {(inputs: Grid_Settings_ManyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`種設定`)
};

export const grid_settings_one = /** @type {(inputs: Grid_Settings_OneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`種設定`)
};

export const grid_show = /** @type {(inputs: Grid_ShowInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`顯示`)
};

export const grid_show_all = /** @type {(inputs: Grid_Show_AllInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`全部`)
};

export const grid_show_best3 = /** @type {(inputs: Grid_Show_Best3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`最佳 3 個`)
};

export const grid_show_none = /** @type {(inputs: Grid_Show_NoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`不顯示`)
};

export const grid_show_on_curves = /** @type {(inputs: Grid_Show_On_CurvesInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`在曲線上顯示 ${i?.label}`)
};

export const grid_show_results = /** @type {(inputs: Grid_Show_ResultsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`顯示它的結果`)
};

export const grid_start_over = /** @type {(inputs: Grid_Start_OverInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`重新開始`)
};

export const grid_start_over_title = /** @type {(inputs: Grid_Start_Over_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`在一個新網格中重新執行每種設定`)
};

export const grid_status_completed = /** @type {(inputs: Grid_Status_CompletedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`已完成`)
};

export const grid_status_failed = /** @type {(inputs: Grid_Status_FailedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`失敗`)
};

export const grid_status_interrupted = /** @type {(inputs: Grid_Status_InterruptedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`被中斷`)
};

export const grid_status_running = /** @type {(inputs: Grid_Status_RunningInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`正在執行`)
};

export const grid_status_stopped = /** @type {(inputs: Grid_Status_StoppedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`已停止`)
};

export const grid_std_title = /** @type {(inputs: Grid_Std_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`各折的標準差：得分在多大程度上取決於資料的劃分`)
};

export const grid_steps = /** @type {(inputs: Grid_StepsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`步數`)
};

export const grid_stop = /** @type {(inputs: Grid_StopInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`■ 停止`)
};

export const grid_stop_grid = /** @type {(inputs: Grid_Stop_GridInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`■ 停止網格`)
};

export const grid_stop_sweeping = /** @type {(inputs: Grid_Stop_SweepingInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`停止掃描 ${i?.label}`)
};

export const grid_stratified = /** @type {(inputs: Grid_StratifiedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`分層`)
};

export const grid_sweep = /** @type {(inputs: Grid_SweepInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`+ 掃描`)
};

export const grid_sweep_full = /** @type {(inputs: Grid_Sweep_FullInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`一個網格最多掃描 ${i?.count} 項設定。`)
};

export const grid_sweep_label = /** @type {(inputs: Grid_Sweep_LabelInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`掃描 ${i?.label}`)
};

export const grid_sweep_one_value = /** @type {(inputs: Grid_Sweep_One_ValueInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`用同一個取值掃描：`)
};

export const grid_sweep_title = /** @type {(inputs: Grid_Sweep_TitleInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`在網格搜尋中嘗試 ${i?.label} 的多個取值，每個取值都用交叉驗證打分。`)
};

export const grid_sweep_which = /** @type {(inputs: Grid_Sweep_WhichInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`要掃描哪些層`)
};

export const grid_sweeping_notice = /** @type {(inputs: Grid_Sweeping_NoticeInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`正在掃描 ${i?.label}，取值 ${i?.values}：請看「網格搜尋」標籤頁。`)
};

export const grid_swept = /** @type {(inputs: Grid_SweptInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`✓ 已掃描`)
};

export const grid_swept_by = /** @type {(inputs: Grid_Swept_ByInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.name} 已由 ${i?.by} 掃描；刪除那項掃描後才能在這裡勾選它。`)
};

export const grid_swept_label = /** @type {(inputs: Grid_Swept_LabelInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.label}：已在網格中掃描`)
};

export const grid_swept_title = /** @type {(inputs: Grid_Swept_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`這項設定已在網格搜尋中掃描：在「網格搜尋」標籤頁中顯示它。`)
};

export const grid_table_tools = /** @type {(inputs: Grid_Table_ToolsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.count} 種設定 · 勾選以繪製它們的曲線`)
};

export const grid_the_model = /** @type {(inputs: Grid_The_ModelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`← 模型`)
};

export const grid_then_refit = /** @type {(inputs: Grid_Then_RefitInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`，然後重新擬合 1 次`)
};

export const grid_tick_settings = /** @type {(inputs: Grid_Tick_SettingsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`在表格中勾選設定即可看到它們的曲線。`)
};

export const grid_to = /** @type {(inputs: Grid_ToInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`到`)
};

export const grid_training_runs = /** @type {(inputs: Grid_Training_RunsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`次訓練`)
};

export const grid_trials = /** @type {(inputs: Grid_TrialsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`抽取的設定數`)
};

export const grid_unfinished = /** @type {(inputs: Grid_UnfinishedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`這個實驗有一個未完成的網格（已完成 ${i?.done} / ${i?.total} 種設定）被保留了下來：「繼續」只執行缺少的部分。`)
};

export const grid_values_count = /** @type {(inputs: Grid_Values_CountInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.count} 個取值：${i?.values}`)
};

export const grid_values_label = /** @type {(inputs: Grid_Values_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`取值，用逗號分隔`)
};

export const grid_which_folds = /** @type {(inputs: Grid_Which_FoldsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`哪些折`)
};

export const guide_all_steps = /** @type {(inputs: Guide_All_StepsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`所有步驟`)
};

export const guide_answer = /** @type {(inputs: Guide_AnswerInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`答案`)
};

export const guide_back = /** @type {(inputs: Guide_BackInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`上一步`)
};

export const guide_check_a_run = /** @type {(inputs: Guide_Check_A_RunInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`一次訓練`)
};

export const guide_check_a_run_where = /** @type {(inputs: Guide_Check_A_Run_WhereInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`一次${i?.filter}的訓練`)
};

export const guide_check_above = /** @type {(inputs: Guide_Check_AboveInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`高於 ${i?.value}`)
};

export const guide_check_at_best = /** @type {(inputs: Guide_Check_At_BestInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`最好的`)
};

export const guide_check_at_last = /** @type {(inputs: Guide_Check_At_LastInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`最後的`)
};

export const guide_check_below = /** @type {(inputs: Guide_Check_BelowInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`低於 ${i?.value}`)
};

export const guide_check_compared = /** @type {(inputs: Guide_Check_ComparedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.runs}。`)
};

export const guide_check_early_stopped = /** @type {(inputs: Guide_Check_Early_StoppedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.run}：早停在第 ${i?.epoch} 輪之後停止了它（計劃 ${i?.planned} 輪）。`)
};

export const guide_check_first_layer = /** @type {(inputs: Guide_Check_First_LayerInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`第一層`)
};

export const guide_check_grid_done = /** @type {(inputs: Guide_Check_Grid_DoneInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`網格「${i?.name}」完成了 ${i?.settings} 種設定，每種 ${i?.folds} 折。`)
};

export const guide_check_grid_unfinished = /** @type {(inputs: Guide_Check_Grid_UnfinishedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`網格「${i?.name}」${i?.status}，已完成 ${i?.settings} 種設定（每種 ${i?.folds} 折）：請把網格執行完。`)
};

export const guide_check_label_compared = /** @type {(inputs: Guide_Check_Label_ComparedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`比較 ${i?.count} 次已完成的訓練：${i?.runs}`)
};

export const guide_check_label_early_stopped = /** @type {(inputs: Guide_Check_Label_Early_StoppedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.aRun}，被早停在最後一輪之前停止`)
};

export const guide_check_label_grid = /** @type {(inputs: Guide_Check_Label_GridInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`一個已完成的網格，至少 ${i?.settings} 種設定，每種 ${i?.folds} 折`)
};

export const guide_check_label_metric = /** @type {(inputs: Guide_Check_Label_MetricInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.aRun}，其${i?.at} ${i?.metric}${i?.bounds}`)
};

export const guide_check_label_overfits = /** @type {(inputs: Guide_Check_Label_OverfitsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.aRun}，其 val_loss 在最低點之後連續 ${i?.epochs} 輪上升`)
};

export const guide_check_label_smoothing = /** @type {(inputs: Guide_Check_Label_SmoothingInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`標籤平滑 ${i?.value}`)
};

export const guide_check_label_sparsity = /** @type {(inputs: Guide_Check_Label_SparsityInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.aRun}，其${i?.layer}中超過 ${i?.above} 的權重約為 0`)
};

export const guide_check_layer_named = /** @type {(inputs: Guide_Check_Layer_NamedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`層「${i?.name}」`)
};

export const guide_check_learning_rate = /** @type {(inputs: Guide_Check_Learning_RateInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`學習率 ${i?.value}`)
};

export const guide_check_metric = /** @type {(inputs: Guide_Check_MetricInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.run}：${i?.at} ${i?.metric} 為 ${i?.value}。`)
};

export const guide_check_no_grid = /** @type {(inputs: Guide_Check_No_GridInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`這個實驗還沒有網格：請點選「執行網格」。`)
};

export const guide_check_no_metric = /** @type {(inputs: Guide_Check_No_MetricInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.run}沒有 ${i?.metric}。`)
};

export const guide_check_no_run = /** @type {(inputs: Guide_Check_No_RunInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`還沒有已完成的訓練：請訓練一次。`)
};

export const guide_check_no_run_where = /** @type {(inputs: Guide_Check_No_Run_WhereInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`還沒有${i?.filter}的已完成訓練：請訓練一次。`)
};

export const guide_check_no_val_loss = /** @type {(inputs: Guide_Check_No_Val_LossInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.run}沒有 val_loss（沒有驗證資料）。`)
};

export const guide_check_no_weights = /** @type {(inputs: Guide_Check_No_WeightsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.run}沒有記錄權重：請在這個版本的 LayerLab 中重新訓練它。`)
};

export const guide_check_no_weights_layer = /** @type {(inputs: Guide_Check_No_Weights_LayerInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.run}沒有記錄層「${i?.layer}」的權重：請在這個版本的 LayerLab 中重新訓練它。`)
};

export const guide_check_not_early_stopped = /** @type {(inputs: Guide_Check_Not_Early_StoppedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.run}訓練完了全部 ${i?.planned} 輪：早停沒有停止它。`)
};

export const guide_check_not_overfit_last = /** @type {(inputs: Guide_Check_Not_Overfit_LastInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.run}：val_loss 在第 ${i?.best} 輪最低（${i?.value}），也就是最後一輪：還沒有連續上升 ${i?.epochs} 輪。請訓練更久，或換一個更大的模型。`)
};

export const guide_check_not_overfit_more = /** @type {(inputs: Guide_Check_Not_Overfit_MoreInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.run}：val_loss 在第 ${i?.best} 輪最低（${i?.value}），之後只有 ${i?.after} 輪：還沒有連續上升 ${i?.epochs} 輪。請訓練更久，或換一個更大的模型。`)
};

export const guide_check_not_overfit_one = /** @type {(inputs: Guide_Check_Not_Overfit_OneInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.run}：val_loss 在第 ${i?.best} 輪最低（${i?.value}），之後只有 1 輪：還沒有連續上升 ${i?.epochs} 輪。請訓練更久，或換一個更大的模型。`)
};

export const guide_check_on_layer = /** @type {(inputs: Guide_Check_On_LayerInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`作用於 ${i?.name}`)
};

export const guide_check_on_layers = /** @type {(inputs: Guide_Check_On_LayersInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`作用於 ${i?.count} 層`)
};

export const guide_check_one_any = /** @type {(inputs: Guide_Check_One_AnyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`任意一次`)
};

export const guide_check_one_where = /** @type {(inputs: Guide_Check_One_WhereInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`一次${i?.filter}的`)
};

export const guide_check_open = /** @type {(inputs: Guide_Check_OpenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`尚未通過`)
};

export const guide_check_overfit = /** @type {(inputs: Guide_Check_OverfitInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.run}：val_loss 在第 ${i?.best} 輪最低（${i?.value}），之後上升了 ${i?.rose} 輪（第 ${i?.lastEpoch} 輪為 ${i?.last}）。`)
};

export const guide_check_passed = /** @type {(inputs: Guide_Check_PassedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`已通過`)
};

export const guide_check_recorded = /** @type {(inputs: Guide_Check_RecordedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`有記錄`)
};

export const guide_check_run = /** @type {(inputs: Guide_Check_RunInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`訓練「${i?.name}」（${i?.parts}）`)
};

export const guide_check_same_run = /** @type {(inputs: Guide_Check_Same_RunInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`同一次訓練不能同時算作其中兩項：請為每一項各訓練一次。`)
};

export const guide_check_sparsity = /** @type {(inputs: Guide_Check_SparsityInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.run}：${i?.layer} 有 ${i?.sparsity} 的權重約為 0。`)
};

export const guide_check_sparsity_short = /** @type {(inputs: Guide_Check_Sparsity_ShortInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.run}：${i?.layer} 有 ${i?.sparsity} 的權重約為 0（需要超過 ${i?.needed}）。`)
};

export const guide_checks = /** @type {(inputs: Guide_ChecksInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`檢查`)
};

export const guide_every_check_passes = /** @type {(inputs: Guide_Every_Check_PassesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`所有檢查都已通過`)
};

export const guide_filter_augmentation = /** @type {(inputs: Guide_Filter_AugmentationInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`資料擴增`)
};

export const guide_filter_both = /** @type {(inputs: Guide_Filter_BothInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.with}、${i?.without}`)
};

export const guide_filter_data_augmentation = /** @type {(inputs: Guide_Filter_Data_AugmentationInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`資料擴增`)
};

export const guide_filter_early_stopping = /** @type {(inputs: Guide_Filter_Early_StoppingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`早停`)
};

export const guide_filter_l1_or_l2 = /** @type {(inputs: Guide_Filter_L1_Or_L2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`L1 或 L2`)
};

export const guide_filter_lr_at_least = /** @type {(inputs: Guide_Filter_Lr_At_LeastInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`至少 ${i?.value} 的學習率`)
};

export const guide_filter_lr_at_most = /** @type {(inputs: Guide_Filter_Lr_At_MostInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`至多 ${i?.value} 的學習率`)
};

export const guide_filter_params_at_least = /** @type {(inputs: Guide_Filter_Params_At_LeastInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`至少 ${i?.count} 個參數`)
};

export const guide_filter_params_at_most = /** @type {(inputs: Guide_Filter_Params_At_MostInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`至多 ${i?.count} 個參數`)
};

export const guide_filter_shuffled_labels = /** @type {(inputs: Guide_Filter_Shuffled_LabelsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`打亂的標籤`)
};

export const guide_filter_smoothing_at_least = /** @type {(inputs: Guide_Filter_Smoothing_At_LeastInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`至少 ${i?.value} 的標籤平滑`)
};

export const guide_filter_weight_penalty = /** @type {(inputs: Guide_Filter_Weight_PenaltyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`權重懲罰`)
};

export const guide_filter_with = /** @type {(inputs: Guide_Filter_WithInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`帶${i?.list}`)
};

export const guide_filter_without = /** @type {(inputs: Guide_Filter_WithoutInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`不帶${i?.list}`)
};

export const guide_layers_toggle = /** @type {(inputs: Guide_Layers_ToggleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`層`)
};

export const guide_layers_toggle_title = /** @type {(inputs: Guide_Layers_Toggle_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`顯示可新增的層，而不是步驟`)
};

export const guide_list_and = /** @type {(inputs: Guide_List_AndInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.head}和${i?.last}`)
};

export const guide_list_comma = /** @type {(inputs: Guide_List_CommaInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`、`)
};

export const guide_list_semicolon = /** @type {(inputs: Guide_List_SemicolonInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`；`)
};

export const guide_minutes = /** @type {(inputs: Guide_MinutesInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`約 ${i?.count} 分鐘`)
};

export const guide_minutes_one = /** @type {(inputs: Guide_Minutes_OneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`約 1 分鐘`)
};

export const guide_minutes_under = /** @type {(inputs: Guide_Minutes_UnderInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`不到一分鐘`)
};

export const guide_name_placeholder = /** @type {(inputs: Guide_Name_PlaceholderInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`用於你的報告`)
};

export const guide_next = /** @type {(inputs: Guide_NextInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`下一步`)
};

export const guide_no_steps = /** @type {(inputs: Guide_No_StepsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`這個實驗還沒有步驟。`)
};

export const guide_not_checked = /** @type {(inputs: Guide_Not_CheckedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`尚未檢查`)
};

export const guide_set_up = /** @type {(inputs: Guide_Set_UpInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`設定本步驟`)
};

export const guide_setup_done = /** @type {(inputs: Guide_Setup_DoneInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`已設定「${i?.title}」：${i?.what}。撤銷可以恢復你的實驗。`)
};

export const guide_setup_laid_out = /** @type {(inputs: Guide_Setup_Laid_OutInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`層被重新排列了`)
};

export const guide_setup_nothing = /** @type {(inputs: Guide_Setup_NothingInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`「${i?.title}」已經設定好了：沒有任何改動。`)
};

export const guide_show_run = /** @type {(inputs: Guide_Show_RunInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`顯示 ${i?.name}`)
};

export const guide_step_count = /** @type {(inputs: Guide_Step_CountInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`第 ${i?.index} 步，共 ${i?.count} 步`)
};

export const guide_step_done = /** @type {(inputs: Guide_Step_DoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`我已完成這一步`)
};

export const guide_step_done_label = /** @type {(inputs: Guide_Step_Done_LabelInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.title} 已完成`)
};

export const guide_steps_heading = /** @type {(inputs: Guide_Steps_HeadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`步驟`)
};

export const guide_the_run = /** @type {(inputs: Guide_The_RunInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`這次訓練`)
};

export const guide_your_name = /** @type {(inputs: Guide_Your_NameInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`你的姓名`)
};

export const hosttext_backend_javascript = /** @type {(inputs: Hosttext_Backend_JavascriptInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`純 JavaScript`)
};

export const hosttext_backend_tensorflow = /** @type {(inputs: Hosttext_Backend_TensorflowInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`原生 CPU（TensorFlow）`)
};

export const hosttext_backend_tensorflow_gpu = /** @type {(inputs: Hosttext_Backend_Tensorflow_GpuInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`GPU（CUDA，原生 TensorFlow）`)
};

export const hosttext_backend_webgpu = /** @type {(inputs: Hosttext_Backend_WebgpuInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`GPU（WebGPU）`)
};

export const hosttext_fast_kernels = /** @type {(inputs: Hosttext_Fast_KernelsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`快速核心：${i?.kernels}`)
};

export const hosttext_name_fold = /** @type {(inputs: Hosttext_Name_FoldInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`第 ${i?.fold}/${i?.folds} 折`)
};

export const hosttext_name_grid = /** @type {(inputs: Hosttext_Name_GridInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.lab} 網格`)
};

export const hosttext_name_holdout = /** @type {(inputs: Hosttext_Name_HoldoutInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`留出集`)
};

export const hosttext_name_imported = /** @type {(inputs: Hosttext_Name_ImportedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.file}（已匯入）`)
};

export const hosttext_name_refit = /** @type {(inputs: Hosttext_Name_RefitInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.grid} · 最佳（${i?.trial}）· 重新擬合`)
};

export const hosttext_no_simd = /** @type {(inputs: Hosttext_No_SimdInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`不支援 SIMD`)
};

export const hosttext_simd = /** @type {(inputs: Hosttext_SimdInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`支援 SIMD`)
};

export const hosttext_single_thread = /** @type {(inputs: Hosttext_Single_ThreadInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`單執行緒`)
};

export const hosttext_skip_device_refused = /** @type {(inputs: Hosttext_Skip_Device_RefusedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`GPU 拒絕建立裝置：${i?.detail}`)
};

export const hosttext_skip_load_failed = /** @type {(inputs: Hosttext_Skip_Load_FailedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`已安裝 ${i?.pkg}，但載入失敗：${i?.detail}`)
};

export const hosttext_skip_no_adapter = /** @type {(inputs: Hosttext_Skip_No_AdapterInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`沒有 WebGPU 介面卡：${i?.detail}`)
};

export const hosttext_skip_no_cuda = /** @type {(inputs: Hosttext_Skip_No_CudaInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.pkg} 已載入，但 TensorFlow 找不到 CUDA GPU`)
};

export const hosttext_skip_no_driver = /** @type {(inputs: Hosttext_Skip_No_DriverInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`沒有 WebGPU 介面卡：沒有 Vulkan、Metal 或 Direct3D 12 驅動程式提供 GPU`)
};

export const hosttext_skip_not_installed = /** @type {(inputs: Hosttext_Skip_Not_InstalledInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`未安裝 ${i?.pkg}`)
};

export const hosttext_skip_not_started = /** @type {(inputs: Hosttext_Skip_Not_StartedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`TensorFlow.js 無法啟動 ${i?.backend} 後端`)
};

export const hosttext_skip_not_started_because = /** @type {(inputs: Hosttext_Skip_Not_Started_BecauseInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`TensorFlow.js 無法啟動 ${i?.backend} 後端：${i?.detail}`)
};

export const hosttext_skip_optional = /** @type {(inputs: Hosttext_Skip_OptionalInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.reason}（選用；見 docs/architecture.md#backends）`)
};

export const hosttext_skip_requested = /** @type {(inputs: Hosttext_Skip_RequestedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`已略過：指定了 ${i?.wanted}`)
};

export const hosttext_skip_software = /** @type {(inputs: Hosttext_Skip_SoftwareInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`唯一的介面卡是軟體介面卡（${i?.gpu}），比 WebAssembly 慢；--backend webgpu 仍會使用它`)
};

export const hosttext_skip_webgpu_backend = /** @type {(inputs: Hosttext_Skip_Webgpu_BackendInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`TensorFlow.js 的 WebGPU 後端：${i?.detail}`)
};

export const hosttext_skip_webgpu_binding = /** @type {(inputs: Hosttext_Skip_Webgpu_BindingInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`無法載入 Dawn 的 WebGPU 繫結（webgpu）：${i?.detail}`)
};

export const hosttext_threads = /** @type {(inputs: Hosttext_ThreadsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.count} 個執行緒`)
};

export const hosttext_threads_failed = /** @type {(inputs: Hosttext_Threads_FailedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`單執行緒（${i?.count} 個執行緒無法啟動：${i?.detail}）`)
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

export const issue_add_shapes = /** @type {(inputs: Issue_Add_ShapesInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.kind} 層「${i?.name}」需要形狀相同的輸入，但收到的是 ${i?.shapes}。請讓各分支以相同的形狀結束，或改用 Concatenate。`)
};

export const issue_already_flat = /** @type {(inputs: Issue_Already_FlatInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.kind} 層「${i?.name}」收到的 ${i?.shape} 已經是一維的，請刪除它。`)
};

export const issue_bad_edge = /** @type {(inputs: Issue_Bad_EdgeInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`有一條連線指向不存在的層（「${i?.id}」），請刪除它。`)
};

export const issue_binary_activation = /** @type {(inputs: Issue_Binary_ActivationInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`輸出層「${i?.name}」的 activation 是 '${i?.activation}'；binary_crossentropy 需要機率，請把它設為 'sigmoid'。`)
};

export const issue_binary_classes = /** @type {(inputs: Issue_Binary_ClassesInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`binary_crossentropy 用於兩個類別，但 ${i?.dataset} 有 ${i?.classes} 個。請使用 sparse_categorical_crossentropy，並以 Dense(${i?.classes}, softmax) 作為輸出。`)
};

export const issue_binary_units = /** @type {(inputs: Issue_Binary_UnitsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`輸出層「${i?.name}」給出 ${i?.shape}；binary_crossentropy 需要一個單元：把它設為 Dense(1, activation 'sigmoid')。`)
};

export const issue_class_activation = /** @type {(inputs: Issue_Class_ActivationInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`輸出層「${i?.name}」的 activation 是 '${i?.activation}'；${i?.loss} 需要各類別的機率，請把它設為 'softmax'。`)
};

export const issue_class_units = /** @type {(inputs: Issue_Class_UnitsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`輸出層「${i?.name}」給出 ${i?.shape}，但 ${i?.dataset} 有 ${i?.classes} 個類別：把它設為 Dense(${i?.classes}, activation 'softmax')。`)
};

export const issue_class_units_flatten = /** @type {(inputs: Issue_Class_Units_FlattenInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`輸出層「${i?.name}」給出 ${i?.shape}，但 ${i?.dataset} 有 ${i?.classes} 個類別：在 Flatten 之後把它設為 Dense(${i?.classes}, activation 'softmax')。`)
};

export const issue_concat_rank = /** @type {(inputs: Issue_Concat_RankInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.kind} 層「${i?.name}」無法沿 axis ${i?.axis} 串接 ${i?.shapes}：輸入的維數必須相同，且該軸必須存在。`)
};

export const issue_concat_sizes = /** @type {(inputs: Issue_Concat_SizesInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.kind} 層「${i?.name}」無法沿 axis ${i?.axis} 串接 ${i?.shapes}：其餘各維的大小必須一致。`)
};

export const issue_cycle = /** @type {(inputs: Issue_CycleInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.kind} 層「${i?.name}」位在一個迴圈中；模型必須從 Input 單向流到輸出。請刪除迴圈中的一條連線。`)
};

export const issue_dead_end = /** @type {(inputs: Issue_Dead_EndInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.kind} 層「${i?.name}」是一條死路：有 ${i?.count} 個層作為模型的結尾（${i?.names}），但模型只能有一個輸出。請把它繼續往後連接，或刪除它。`)
};

export const issue_duplicate_id = /** @type {(inputs: Issue_Duplicate_IdInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`有兩個層的 id 都是「${i?.id}」。`)
};

export const issue_duplicate_name = /** @type {(inputs: Issue_Duplicate_NameInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`有兩個層都叫「${i?.name}」，請重新命名其中一個。`)
};

export const issue_empty = /** @type {(inputs: Issue_EmptyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`模型是空的：先放一個 Input 層，再在它後面加入層。`)
};

export const issue_grid_invalid = /** @type {(inputs: Issue_Grid_InvalidInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`設定 ${i?.trial} 會使模型無效：${i?.issue}`)
};

export const issue_input_has_inputs = /** @type {(inputs: Issue_Input_Has_InputsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.kind} 層「${i?.name}」不能有輸入，請刪除連進它的連線。`)
};

export const issue_input_shape = /** @type {(inputs: Issue_Input_ShapeInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Input 層「${i?.name}」的形狀是 ${i?.shape}（${i?.size} 個值），但 ${i?.dataset} 的樣本是 ${i?.expected}（${i?.expectedSize} 個值）。請把 Input 的 shape 設為 ${i?.expected}。`)
};

export const issue_input_unconnected = /** @type {(inputs: Issue_Input_UnconnectedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.kind} 層「${i?.name}」沒有連到任何層：把它連到第一層。`)
};

export const issue_join_and = /** @type {(inputs: Issue_Join_AndInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (` 和 `)
};

export const issue_join_comma = /** @type {(inputs: Issue_Join_CommaInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`、`)
};

export const issue_kernel_too_big = /** @type {(inputs: Issue_Kernel_Too_BigInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.kind} 層「${i?.name}」：它的 ${i?.kernel} 卷積核放不進收到的 ${i?.image} 影像。請使用較小的 kernel_size、padding 'same'，或減少它前面的池化層。`)
};

export const issue_needs_flat = /** @type {(inputs: Issue_Needs_FlatInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.kind} 層「${i?.name}」收到 ${i?.shape} 張量，但它需要一維向量：在它前面加入一個 Flatten 層。`)
};

export const issue_needs_flat_image = /** @type {(inputs: Issue_Needs_Flat_ImageInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.kind} 層「${i?.name}」收到 ${i?.shape} 張量，但它需要一維向量：在它前面加入一個 Flatten 層（或 GlobalAveragePooling2D）。`)
};

export const issue_needs_image = /** @type {(inputs: Issue_Needs_ImageInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.kind} 層「${i?.name}」需要影像張量 [高, 寬, 通道]，但收到的是 ${i?.shape}。請使用形狀為 [高, 寬, 通道] 的 Input，例如 [28, 28, 1]。`)
};

export const issue_needs_image_flat = /** @type {(inputs: Issue_Needs_Image_FlatInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.kind} 層「${i?.name}」需要影像張量 [高, 寬, 通道]，但收到的是 ${i?.shape}。請在它前面加入一個 Reshape 層（例如變成 ${i?.image}），或改用 Dense 層。`)
};

export const issue_no_input = /** @type {(inputs: Issue_No_InputInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`模型沒有 Input 層：在頂端加入一個，並把它連到第一層。`)
};

export const issue_no_inputs = /** @type {(inputs: Issue_No_InputsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.kind} 層「${i?.name}」沒有輸入：把一個層連到它，或刪除它。`)
};

export const issue_no_output = /** @type {(inputs: Issue_No_OutputInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`模型沒有輸出層：在最後一層後面加入一個 Dense 層。`)
};

export const issue_not_ready_to_train = /** @type {(inputs: Issue_Not_Ready_To_TrainInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`還不能訓練：${i?.why}`)
};

export const issue_param = /** @type {(inputs: Issue_ParamInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.kind} 層「${i?.name}」：${i?.param} ${i?.problem}。`)
};

export const issue_pool_window = /** @type {(inputs: Issue_Pool_WindowInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.kind} 層「${i?.name}」：它的 ${i?.window} 視窗放不進收到的 ${i?.image} 影像。請使用較小的 pool size、padding 'same'，或刪除它前面的一個池化層。`)
};

export const issue_problem_at_least = /** @type {(inputs: Issue_Problem_At_LeastInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`為 ${i?.value}，必須至少為 ${i?.min}`)
};

export const issue_problem_below = /** @type {(inputs: Issue_Problem_BelowInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`為 ${i?.value}，必須不小於 ${i?.min} 且小於 ${i?.max}`)
};

export const issue_problem_between = /** @type {(inputs: Issue_Problem_BetweenInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`為 ${i?.value}，必須介於 ${i?.min} 到 ${i?.max} 之間`)
};

export const issue_problem_bool = /** @type {(inputs: Issue_Problem_BoolInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`必須是 true 或 false`)
};

export const issue_problem_enum = /** @type {(inputs: Issue_Problem_EnumInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`為 '${i?.value}'，請從 ${i?.options} 中選擇`)
};

export const issue_problem_not_number = /** @type {(inputs: Issue_Problem_Not_NumberInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`必須是數字，而不是 ${i?.value}`)
};

export const issue_problem_not_whole = /** @type {(inputs: Issue_Problem_Not_WholeInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`必須是整數，而不是 ${i?.value}`)
};

export const issue_problem_pair = /** @type {(inputs: Issue_Problem_PairInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`為 ${i?.value}，必須是兩個不小於 1 的整數，例如 [3, 3]`)
};

export const issue_problem_regularizer = /** @type {(inputs: Issue_Problem_RegularizerInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`的係數為負或無效（l1 ${i?.l1}，l2 ${i?.l2}）；係數必須大於或等於 0`)
};

export const issue_problem_shape = /** @type {(inputs: Issue_Problem_ShapeInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`為 ${i?.value}，必須是一組不小於 1 的整數尺寸，例如 [28, 28, 1]`)
};

export const issue_problem_shape_infer = /** @type {(inputs: Issue_Problem_Shape_InferInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`為 ${i?.value}，必須是一組不小於 1 的整數尺寸（可以有一個 -1），例如 [28, 28, 1]`)
};

export const issue_quoted = /** @type {(inputs: Issue_QuotedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`「${i?.name}」`)
};

export const issue_reshape_multiple = /** @type {(inputs: Issue_Reshape_MultipleInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.kind} 層「${i?.name}」無法把 ${i?.shape}（${i?.total} 個值）重塑為 ${i?.target}：${i?.total} 不是 ${i?.known} 的倍數。`)
};

export const issue_reshape_size = /** @type {(inputs: Issue_Reshape_SizeInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.kind} 層「${i?.name}」無法把 ${i?.shape}（${i?.total} 個值）重塑為 ${i?.target}（${i?.known} 個值）；各尺寸的乘積必須等於 ${i?.total}。`)
};

export const issue_second_input = /** @type {(inputs: Issue_Second_InputInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.kind} 層「${i?.name}」是第二個 Input；這裡的模型只接受一個輸入。請刪除它，或合併分支。`)
};

export const issue_self_loop = /** @type {(inputs: Issue_Self_LoopInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.kind} 層「${i?.name}」連到了它自己，請刪除這條連線。`)
};

export const issue_too_few_inputs = /** @type {(inputs: Issue_Too_Few_InputsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.kind} 層「${i?.name}」要合併 ${i?.min} 個或更多分支，但只收到 ${i?.count} 個；請再連一個層到它。`)
};

export const issue_too_large = /** @type {(inputs: Issue_Too_LargeInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.name} 使模型達到 ${i?.count} 個參數；LayerLab 最多訓練 ${i?.max} 個：請減少 units 或 filters，或在 Flatten 之前把影像縮小（池化、strides）。`)
};

export const issue_too_large_of = /** @type {(inputs: Issue_Too_Large_OfInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.name} 使模型達到 ${i?.count} 個參數（總共 ${i?.total} 個）；LayerLab 最多訓練 ${i?.max} 個：請減少 units 或 filters，或在 Flatten 之前把影像縮小（池化、strides）。`)
};

export const issue_too_many_inputs = /** @type {(inputs: Issue_Too_Many_InputsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.kind} 層「${i?.name}」只接受一個輸入，卻收到 ${i?.count} 個；請先用 Add 或 Concatenate 層把它們合併。`)
};

export const lab_about = /** @type {(inputs: Lab_AboutInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`關於這個實驗`)
};

export const lab_about_placeholder = /** @type {(inputs: Lab_About_PlaceholderInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`這個實驗是什麼、展示了什麼（與實驗一起儲存）。`)
};

export const lab_info_region = /** @type {(inputs: Lab_Info_RegionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`實驗`)
};

export const lab_library_close = /** @type {(inputs: Lab_Library_CloseInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`關閉`)
};

export const lab_library_hint = /** @type {(inputs: Lab_Library_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`實驗會以你自己的副本開啟，儲存在你的實驗資料夾中。快速版用更少的資料訓練更少的輪數：適合較慢的電腦或先大致看一看。`)
};

export const lab_library_listing = /** @type {(inputs: Lab_Library_ListingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`正在列出實驗……`)
};

export const lab_library_no_match = /** @type {(inputs: Lab_Library_No_MatchInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`沒有與「${i?.query}」匹配的實驗。`)
};

export const lab_library_open = /** @type {(inputs: Lab_Library_OpenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`開啟`)
};

export const lab_library_open_label = /** @type {(inputs: Lab_Library_Open_LabelInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`開啟 ${i?.name}`)
};

export const lab_library_quick = /** @type {(inputs: Lab_Library_QuickInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`快速版`)
};

export const lab_library_quick_label = /** @type {(inputs: Lab_Library_Quick_LabelInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`開啟 ${i?.name} 的快速版`)
};

export const lab_library_quick_minutes = /** @type {(inputs: Lab_Library_Quick_MinutesInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`（快速版：${i?.minutes}）`)
};

export const lab_library_search = /** @type {(inputs: Lab_Library_SearchInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`搜尋實驗`)
};

export const lab_library_search_placeholder = /** @type {(inputs: Lab_Library_Search_PlaceholderInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`搜尋：名稱、主題、資料集……`)
};

export const lab_library_steps = /** @type {(inputs: Lab_Library_StepsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.count} 個步驟`)
};

export const lab_library_steps_one = /** @type {(inputs: Lab_Library_Steps_OneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`1 個步驟`)
};

export const lab_library_title = /** @type {(inputs: Lab_Library_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`實驗`)
};

export const lab_quick_name = /** @type {(inputs: Lab_Quick_NameInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.name}（快速版）`)
};

export const lab_topic_augmentation = /** @type {(inputs: Lab_Topic_AugmentationInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`資料擴增`)
};

export const lab_topic_batch_normalization = /** @type {(inputs: Lab_Topic_Batch_NormalizationInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`批次正規化`)
};

export const lab_topic_capacity = /** @type {(inputs: Lab_Topic_CapacityInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`容量`)
};

export const lab_topic_cnn = /** @type {(inputs: Lab_Topic_CnnInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`卷積網路`)
};

export const lab_topic_dropout = /** @type {(inputs: Lab_Topic_DropoutInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Dropout（隨機失活）`)
};

export const lab_topic_early_stopping = /** @type {(inputs: Lab_Topic_Early_StoppingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`早停`)
};

export const lab_topic_grid_search = /** @type {(inputs: Lab_Topic_Grid_SearchInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`網格搜尋`)
};

export const lab_topic_label_smoothing = /** @type {(inputs: Lab_Topic_Label_SmoothingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`標籤平滑`)
};

export const lab_topic_learning_rate = /** @type {(inputs: Lab_Topic_Learning_RateInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`學習率`)
};

export const lab_topic_memorization = /** @type {(inputs: Lab_Topic_MemorizationInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`死記硬背`)
};

export const lab_topic_playground = /** @type {(inputs: Lab_Topic_PlaygroundInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`演練場`)
};

export const lab_topic_text = /** @type {(inputs: Lab_Topic_TextInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`文字（IMDB）`)
};

export const lab_topic_weight_regularization = /** @type {(inputs: Lab_Topic_Weight_RegularizationInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`L1 與 L2`)
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

export const notice_file_warnings = /** @type {(inputs: Notice_File_WarningsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.name}：${i?.warnings}`)
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

export const overview_locks_class = /** @type {(inputs: Overview_Locks_ClassInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.who} 的報告所用的實驗改動了鎖定部分（指紋 ${i?.found}，而班上其他人的是 ${i?.expected}）。`)
};

export const overview_locks_declared = /** @type {(inputs: Overview_Locks_DeclaredInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.who} 的報告所用的實驗改動了鎖定部分（指紋 ${i?.found}，而實驗宣告的是 ${i?.expected}）。`)
};

export const overview_locks_other_lab = /** @type {(inputs: Overview_Locks_Other_LabInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.who} 的報告來自另一個實驗（${i?.found}，而不是 ${i?.expected}）。`)
};

export const overview_locks_teacher = /** @type {(inputs: Overview_Locks_TeacherInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.who} 的報告所用的實驗改動了鎖定部分（指紋 ${i?.found}，而教師的實驗是 ${i?.expected}）。`)
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

export const report_col_best_val_accuracy = /** @type {(inputs: Report_Col_Best_Val_AccuracyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`最佳 val_accuracy`)
};

export const report_col_best_val_loss = /** @type {(inputs: Report_Col_Best_Val_LossInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`最佳 val_loss`)
};

export const report_col_epochs = /** @type {(inputs: Report_Col_EpochsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`輪數 (epochs)`)
};

export const report_col_kind = /** @type {(inputs: Report_Col_KindInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`類型`)
};

export const report_col_last_accuracy = /** @type {(inputs: Report_Col_Last_AccuracyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`最後的 accuracy`)
};

export const report_col_layer = /** @type {(inputs: Report_Col_LayerInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`層`)
};

export const report_col_params = /** @type {(inputs: Report_Col_ParamsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`參數`)
};

export const report_col_run = /** @type {(inputs: Report_Col_RunInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`訓練`)
};

export const report_col_settings = /** @type {(inputs: Report_Col_SettingsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`設定`)
};

export const report_col_shape = /** @type {(inputs: Report_Col_ShapeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`輸出形狀`)
};

export const report_col_status = /** @type {(inputs: Report_Col_StatusInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`狀態`)
};

export const report_curve_caption = /** @type {(inputs: Report_Curve_CaptionInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`每輪的 ${i?.metric}（訓練為實線，驗證為虛線）`)
};

export const report_curves = /** @type {(inputs: Report_CurvesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`曲線`)
};

export const report_curves_label = /** @type {(inputs: Report_Curves_LabelInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.metric} 曲線`)
};

export const report_diagram_label = /** @type {(inputs: Report_Diagram_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`模型圖`)
};

export const report_done = /** @type {(inputs: Report_DoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`已完成`)
};

export const report_fingerprint_none = /** @type {(inputs: Report_Fingerprint_NoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`無`)
};

export const report_meta = /** @type {(inputs: Report_MetaInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.student} · ${i?.when} UTC · ${i?.app} · 檢查 ${i?.passed}/${i?.total} · 實驗指紋 ${i?.fingerprint}`)
};

export const report_model = /** @type {(inputs: Report_ModelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`模型`)
};

export const report_no_answer = /** @type {(inputs: Report_No_AnswerInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`未作答`)
};

export const report_no_name = /** @type {(inputs: Report_No_NameInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`未填姓名`)
};

export const report_no_runs = /** @type {(inputs: Report_No_RunsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`沒有已完成的訓練。`)
};

export const report_params = /** @type {(inputs: Report_ParamsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.count} 個參數`)
};

export const report_runs = /** @type {(inputs: Report_RunsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`訓練紀錄`)
};

export const report_steps = /** @type {(inputs: Report_StepsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`步驟`)
};

export const report_title_fallback = /** @type {(inputs: Report_Title_FallbackInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`報告`)
};

export const report_total = /** @type {(inputs: Report_TotalInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`合計`)
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

export const sweep_at_least = /** @type {(inputs: Sweep_At_LeastInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.label} 至少要是 ${i?.limit}，不能是 ${i?.value}。`)
};

export const sweep_at_most = /** @type {(inputs: Sweep_At_MostInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.label} 最多只能是 ${i?.limit}，不能是 ${i?.value}。`)
};

export const sweep_every = /** @type {(inputs: Sweep_EveryInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`所有 ${i?.kind} 層（${i?.count} 個）`)
};

export const sweep_give_value = /** @type {(inputs: Sweep_Give_ValueInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`請為 ${i?.label} 至少給出一個值，以逗號分隔。`)
};

export const sweep_hidden = /** @type {(inputs: Sweep_HiddenInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.count} 個隱藏 ${i?.kind} 層，不含輸出層`)
};

export const sweep_integer_range = /** @type {(inputs: Sweep_Integer_RangeInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.problem}請修改兩端或步數，或者給出清單。`)
};

export const sweep_less_than = /** @type {(inputs: Sweep_Less_ThanInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.label} 必須小於 ${i?.limit}，不能是 ${i?.value}。`)
};

export const sweep_log_positive = /** @type {(inputs: Sweep_Log_PositiveInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`對數範圍的兩端必須為正數；要包含 0，請為 ${i?.label} 使用線性範圍。`)
};

export const sweep_more_than = /** @type {(inputs: Sweep_More_ThanInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.label} 必須大於 ${i?.limit}，不能是 ${i?.value}。`)
};

export const sweep_no_range = /** @type {(inputs: Sweep_No_RangeInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.label} 只接受值的清單，不接受範圍。`)
};

export const sweep_not_bool = /** @type {(inputs: Sweep_Not_BoolInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.label} 只接受 true 或 false（開/關），不能是「${i?.word}」。`)
};

export const sweep_not_number = /** @type {(inputs: Sweep_Not_NumberInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`「${i?.word}」不是數字；${i?.label} 的值請寫成 0.3, 0.5, 0.7 這樣。`)
};

export const sweep_not_option = /** @type {(inputs: Sweep_Not_OptionInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`「${i?.word}」不在 ${i?.options} 之中。`)
};

export const sweep_only = /** @type {(inputs: Sweep_OnlyInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`僅 ${i?.layer}`)
};

export const sweep_range_ends = /** @type {(inputs: Sweep_Range_EndsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`請為 ${i?.label} 的範圍給出起點和終點。`)
};

export const sweep_range_same = /** @type {(inputs: Sweep_Range_SameInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.label} 的範圍起點和終點都是 ${i?.value}：請讓兩端不同。`)
};

export const sweep_range_steps = /** @type {(inputs: Sweep_Range_StepsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`範圍需要 2 到 ${i?.max} 步，不能是 ${i?.steps}。`)
};

export const sweep_too_many = /** @type {(inputs: Sweep_Too_ManyInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`一次掃描最多 ${i?.max} 個值；${i?.label} 有 ${i?.count} 個。`)
};

export const sweep_twice = /** @type {(inputs: Sweep_TwiceInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.value} 列出了兩次。`)
};

export const sweep_whole = /** @type {(inputs: Sweep_WholeInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.label} 只接受整數，不能是 ${i?.value}。`)
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

export const teach_a_file = /** @type {(inputs: Teach_A_FileInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`一個檔案`)
};

export const teach_above = /** @type {(inputs: Teach_AboveInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`高於`)
};

export const teach_add_check = /** @type {(inputs: Teach_Add_CheckInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`新增檢查`)
};

export const teach_add_check_first = /** @type {(inputs: Teach_Add_Check_FirstInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`+ 檢查……`)
};

export const teach_add_question = /** @type {(inputs: Teach_Add_QuestionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`新增問題`)
};

export const teach_add_question_first = /** @type {(inputs: Teach_Add_Question_FirstInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`+ 問題……`)
};

export const teach_add_step = /** @type {(inputs: Teach_Add_StepInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`+ 新增一個步驟`)
};

export const teach_add_steps = /** @type {(inputs: Teach_Add_StepsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`新增步驟`)
};

export const teach_another_run = /** @type {(inputs: Teach_Another_RunInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`+ 再加一次訓練`)
};

export const teach_at = /** @type {(inputs: Teach_AtInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`取值`)
};

export const teach_at_best = /** @type {(inputs: Teach_At_BestInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`最好的一輪`)
};

export const teach_at_last = /** @type {(inputs: Teach_At_LastInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`最後一輪`)
};

export const teach_author = /** @type {(inputs: Teach_AuthorInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`作者`)
};

export const teach_below = /** @type {(inputs: Teach_BelowInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`低於`)
};

export const teach_bound_lr_max = /** @type {(inputs: Teach_Bound_Lr_MaxInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`學習率 ≤`)
};

export const teach_bound_lr_min = /** @type {(inputs: Teach_Bound_Lr_MinInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`學習率 ≥`)
};

export const teach_bound_params_max = /** @type {(inputs: Teach_Bound_Params_MaxInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`參數 ≤`)
};

export const teach_bound_params_min = /** @type {(inputs: Teach_Bound_Params_MinInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`參數 ≥`)
};

export const teach_bound_smoothing_min = /** @type {(inputs: Teach_Bound_Smoothing_MinInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`標籤平滑 ≥`)
};

export const teach_check_compared = /** @type {(inputs: Teach_Check_ComparedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`比較多次訓練`)
};

export const teach_check_early_stopped = /** @type {(inputs: Teach_Check_Early_StoppedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`早停停止了一次訓練`)
};

export const teach_check_grid = /** @type {(inputs: Teach_Check_GridInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`一個網格完成了`)
};

export const teach_check_kind = /** @type {(inputs: Teach_Check_KindInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`檢查類型`)
};

export const teach_check_metric = /** @type {(inputs: Teach_Check_MetricInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`某個指標達到界限`)
};

export const teach_check_overfits = /** @type {(inputs: Teach_Check_OverfitsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`一次訓練過擬合`)
};

export const teach_check_problem = /** @type {(inputs: Teach_Check_ProblemInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`這個檢查不能接受該值：${i?.path} ${i?.message}。`)
};

export const teach_check_sparsity = /** @type {(inputs: Teach_Check_SparsityInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`稀疏的權重`)
};

export const teach_choices = /** @type {(inputs: Teach_ChoicesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`選項`)
};

export const teach_choices_label = /** @type {(inputs: Teach_Choices_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`選項，每行一個`)
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
	return /** @type {LocalizedString} */ (`${i?.count} 輪`)
};

export const teach_epochs_of_rise = /** @type {(inputs: Teach_Epochs_Of_RiseInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`上升的輪數`)
};

export const teach_expected_minutes = /** @type {(inputs: Teach_Expected_MinutesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`預計分鐘數`)
};

export const teach_first_with_weights = /** @type {(inputs: Teach_First_With_WeightsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`第一個有權重的層`)
};

export const teach_flag_augmentation = /** @type {(inputs: Teach_Flag_AugmentationInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`資料擴增`)
};

export const teach_flag_early_stopping = /** @type {(inputs: Teach_Flag_Early_StoppingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`早停`)
};

export const teach_flag_shuffled_labels = /** @type {(inputs: Teach_Flag_Shuffled_LabelsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`打亂的標籤`)
};

export const teach_folds = /** @type {(inputs: Teach_FoldsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`折數`)
};

export const teach_folds_at_least = /** @type {(inputs: Teach_Folds_At_LeastInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`折數至少`)
};

export const teach_grid_locked = /** @type {(inputs: Teach_Grid_LockedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`網格不能掃描實驗鎖定的內容：它的訓練必須保持被鎖定的設定和層。`)
};

export const teach_grid_locked_author = /** @type {(inputs: Teach_Grid_Locked_AuthorInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`網格不能掃描實驗（${i?.author}）鎖定的內容：它的訓練必須保持被鎖定的設定和層。`)
};

export const teach_is_locked = /** @type {(inputs: Teach_Is_LockedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.what}已鎖定`)
};

export const teach_layer = /** @type {(inputs: Teach_LayerInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`層`)
};

export const teach_layers_count = /** @type {(inputs: Teach_Layers_CountInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.count} 層`)
};

export const teach_lock_label = /** @type {(inputs: Teach_Lock_LabelInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`鎖定${i?.what}`)
};

export const teach_lock_seed_title = /** @type {(inputs: Teach_Lock_Seed_TitleInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`為學生鎖定${i?.what}（會把種子設為 1）`)
};

export const teach_lock_title = /** @type {(inputs: Teach_Lock_TitleInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`為學生鎖定${i?.what}`)
};

export const teach_locked_by = /** @type {(inputs: Teach_Locked_ByInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`已被實驗鎖定：${i?.why}。`)
};

export const teach_locked_by_author = /** @type {(inputs: Teach_Locked_By_AuthorInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`已被實驗（${i?.author}）鎖定：${i?.why}。`)
};

export const teach_locked_changed = /** @type {(inputs: Teach_Locked_ChangedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`自教師儲存以來，這個實驗被鎖定的部分已被改動：你的報告會被標記出來。`)
};

export const teach_locked_title = /** @type {(inputs: Teach_Locked_TitleInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`已對學生鎖定：點選解鎖${i?.what}`)
};

export const teach_metric = /** @type {(inputs: Teach_MetricInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`指標`)
};

export const teach_minutes = /** @type {(inputs: Teach_MinutesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`分鐘`)
};

export const teach_move_down = /** @type {(inputs: Teach_Move_DownInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`下移步驟`)
};

export const teach_move_up = /** @type {(inputs: Teach_Move_UpInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`上移步驟`)
};

export const teach_no = /** @type {(inputs: Teach_NoInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`否`)
};

export const teach_no_steps_hint = /** @type {(inputs: Teach_No_Steps_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`這個實驗沒有步驟。新增步驟後，可以編寫說明、問題和檢查，並鎖定學生不能修改的部分。`)
};

export const teach_none = /** @type {(inputs: Teach_NoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`無`)
};

export const teach_not_given = /** @type {(inputs: Teach_Not_GivenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`未指定`)
};

export const teach_preview = /** @type {(inputs: Teach_PreviewInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`預覽`)
};

export const teach_question = /** @type {(inputs: Teach_QuestionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`問題`)
};

export const teach_question_choice = /** @type {(inputs: Teach_Question_ChoiceInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`選擇題`)
};

export const teach_question_kind = /** @type {(inputs: Teach_Question_KindInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`問題類型`)
};

export const teach_question_number = /** @type {(inputs: Teach_Question_NumberInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`數字`)
};

export const teach_question_placeholder = /** @type {(inputs: Teach_Question_PlaceholderInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`問題（Markdown）`)
};

export const teach_question_text = /** @type {(inputs: Teach_Question_TextInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`簡答`)
};

export const teach_refused = /** @type {(inputs: Teach_RefusedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.subject}已被實驗鎖定：${i?.why}。`)
};

export const teach_refused_author = /** @type {(inputs: Teach_Refused_AuthorInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.subject}已被實驗（${i?.author}）鎖定：${i?.why}。`)
};

export const teach_regularizer = /** @type {(inputs: Teach_RegularizerInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`正則化`)
};

export const teach_remove_check = /** @type {(inputs: Teach_Remove_CheckInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`刪除這個檢查`)
};

export const teach_remove_question = /** @type {(inputs: Teach_Remove_QuestionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`刪除這個問題`)
};

export const teach_remove_run = /** @type {(inputs: Teach_Remove_RunInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`刪除第 ${i?.n} 次訓練`)
};

export const teach_remove_step = /** @type {(inputs: Teach_Remove_StepInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`刪除步驟`)
};

export const teach_right_answer = /** @type {(inputs: Teach_Right_AnswerInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`正確答案`)
};

export const teach_right_answer_label = /** @type {(inputs: Teach_Right_Answer_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`正確答案`)
};

export const teach_rises_for = /** @type {(inputs: Teach_Rises_ForInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`上升輪數`)
};

export const teach_runs_any = /** @type {(inputs: Teach_Runs_AnyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`訓練：任意已完成的訓練`)
};

export const teach_runs_filter = /** @type {(inputs: Teach_Runs_FilterInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`訓練：任意${i?.filter}的訓練`)
};

export const teach_save_for_students = /** @type {(inputs: Teach_Save_For_StudentsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`為學生儲存……`)
};

export const teach_save_for_students_title = /** @type {(inputs: Teach_Save_For_Students_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`把這個實驗儲存為一個給學生的檔案：為鎖定的部分產生指紋，並清除你測試時填寫的答案`)
};

export const teach_seed_set = /** @type {(inputs: Teach_Seed_SetInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`鎖定的種子需要一個值：種子現在是 1（可在教師模式中修改）。`)
};

export const teach_settings = /** @type {(inputs: Teach_SettingsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`設定數`)
};

export const teach_settings_at_least = /** @type {(inputs: Teach_Settings_At_LeastInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`設定數至少`)
};

export const teach_setup = /** @type {(inputs: Teach_SetupInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`設定：${i?.words}`)
};

export const teach_setup_clear = /** @type {(inputs: Teach_Setup_ClearInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`清除`)
};

export const teach_setup_update = /** @type {(inputs: Teach_Setup_UpdateInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`更新`)
};

export const teach_setup_update_title = /** @type {(inputs: Teach_Setup_Update_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`用編輯器中目前的模型、設定和資料集替換這一設定`)
};

export const teach_setup_use = /** @type {(inputs: Teach_Setup_UseInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`把目前模型用作本步驟的設定`)
};

export const teach_share_above = /** @type {(inputs: Teach_Share_AboveInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`約為 0 的比例高於`)
};

export const teach_share_at_zero = /** @type {(inputs: Teach_Share_At_ZeroInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`約為 0 的權重比例`)
};

export const teach_step_text = /** @type {(inputs: Teach_Step_TextInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`步驟正文`)
};

export const teach_step_text_placeholder = /** @type {(inputs: Teach_Step_Text_PlaceholderInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`學生要做什麼、為什麼（Markdown：**粗體**、清單、連結）`)
};

export const teach_step_title = /** @type {(inputs: Teach_Step_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`步驟標題`)
};

export const teach_steps_are_teachers = /** @type {(inputs: Teach_Steps_Are_TeachersInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`實驗的步驟和鎖定屬於教師：只能在教師模式中修改。`)
};

export const teach_steps_editor = /** @type {(inputs: Teach_Steps_EditorInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`步驟編輯器`)
};

export const teach_subject_dataset = /** @type {(inputs: Teach_Subject_DatasetInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`資料集`)
};

export const teach_subject_layer = /** @type {(inputs: Teach_Subject_LayerInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`層 ${i?.name}`)
};

export const teach_subject_setting = /** @type {(inputs: Teach_Subject_SettingInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`「${i?.setting}」設定`)
};

export const teach_subject_structure = /** @type {(inputs: Teach_Subject_StructureInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`模型的層和連接`)
};

export const teach_topic = /** @type {(inputs: Teach_TopicInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`主題`)
};

export const teach_topic_none = /** @type {(inputs: Teach_Topic_NoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`無`)
};

export const teach_training_augmentation = /** @type {(inputs: Teach_Training_AugmentationInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`資料擴增`)
};

export const teach_training_batch_size = /** @type {(inputs: Teach_Training_Batch_SizeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`批大小`)
};

export const teach_training_early_stopping = /** @type {(inputs: Teach_Training_Early_StoppingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`早停`)
};

export const teach_training_epochs = /** @type {(inputs: Teach_Training_EpochsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`輪數`)
};

export const teach_training_label_smoothing = /** @type {(inputs: Teach_Training_Label_SmoothingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`標籤平滑`)
};

export const teach_training_learning_rate = /** @type {(inputs: Teach_Training_Learning_RateInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`學習率`)
};

export const teach_training_loss = /** @type {(inputs: Teach_Training_LossInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`損失函數`)
};

export const teach_training_momentum = /** @type {(inputs: Teach_Training_MomentumInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`動量`)
};

export const teach_training_optimizer = /** @type {(inputs: Teach_Training_OptimizerInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`最佳化器`)
};

export const teach_training_seed = /** @type {(inputs: Teach_Training_SeedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`隨機種子`)
};

export const teach_training_shuffle = /** @type {(inputs: Teach_Training_ShuffleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`打亂順序`)
};

export const teach_training_shuffle_labels = /** @type {(inputs: Teach_Training_Shuffle_LabelsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`打亂的標籤`)
};

export const teach_training_train_subset = /** @type {(inputs: Teach_Training_Train_SubsetInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`訓練子集`)
};

export const teach_training_validation = /** @type {(inputs: Teach_Training_ValidationInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`驗證資料`)
};

export const teach_unit = /** @type {(inputs: Teach_UnitInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`單位`)
};

export const teach_unit_label = /** @type {(inputs: Teach_Unit_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`單位`)
};

export const teach_unit_placeholder = /** @type {(inputs: Teach_Unit_PlaceholderInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`例如：輪`)
};

export const teach_unlock_label = /** @type {(inputs: Teach_Unlock_LabelInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`解鎖${i?.what}`)
};

export const teach_why_dataset = /** @type {(inputs: Teach_Why_DatasetInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`每個學生都用同樣的資料訓練`)
};

export const teach_why_layer = /** @type {(inputs: Teach_Why_LayerInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`這節課研究的就是這個層本來的樣子`)
};

export const teach_why_seed = /** @type {(inputs: Teach_Why_SeedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`這節課比較的是同一個隨機種子下的訓練`)
};

export const teach_why_setting = /** @type {(inputs: Teach_Why_SettingInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`這節課比較的是${i?.setting}相同的訓練`)
};

export const teach_why_structure = /** @type {(inputs: Teach_Why_StructureInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`這節課的模型要保持它的層和連接`)
};

export const teach_with_layers = /** @type {(inputs: Teach_With_LayersInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`帶這些層`)
};

export const teach_without_layers = /** @type {(inputs: Teach_Without_LayersInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`不帶這些層`)
};

export const teach_write = /** @type {(inputs: Teach_WriteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`編寫`)
};

export const teach_write_or_preview = /** @type {(inputs: Teach_Write_Or_PreviewInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`編寫或預覽`)
};

export const teach_yes = /** @type {(inputs: Teach_YesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`是`)
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

export const tpl_cnn_description = /** @type {(inputs: Tpl_Cnn_DescriptionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Keras 的 mnist_convnet：Conv2D(32) -> MaxPooling -> Conv2D(64) -> MaxPooling -> Flatten -> Dropout(0.5) -> Dense(10)。`)
};

export const tpl_cnn_title = /** @type {(inputs: Tpl_Cnn_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`小型 CNN`)
};

export const tpl_imdb_blurb = /** @type {(inputs: Tpl_Imdb_BlurbInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`把影評表示成 10,000 詞的 multi-hot 向量；幾輪之後就會過擬合。`)
};

export const tpl_imdb_description = /** @type {(inputs: Tpl_Imdb_DescriptionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`IMDB 情感分析網路：10,000 個詞 -> Dense(16) -> Dense(16) -> Dense(1, sigmoid)。`)
};

export const tpl_logistic_blurb = /** @type {(inputs: Tpl_Logistic_BlurbInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`MNIST 像素直接接 softmax：每個網路都必須超越的基準。`)
};

export const tpl_logistic_description = /** @type {(inputs: Tpl_Logistic_DescriptionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`在 MNIST 上：Flatten -> Dense(10, softmax)。`)
};

export const tpl_logistic_title = /** @type {(inputs: Tpl_Logistic_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`邏輯迴歸 (Logistic regression)`)
};

export const tpl_mlp16_blurb = /** @type {(inputs: Tpl_Mlp16_BlurbInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`一個 16 單元的隱藏層：太小，不太會過擬合。`)
};

export const tpl_mlp16_description = /** @type {(inputs: Tpl_Mlp16_DescriptionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`在 MNIST 上用一個隱藏的 Dense(16, relu) 層。`)
};

export const tpl_mlp16_title = /** @type {(inputs: Tpl_Mlp16_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`小型 MLP（16 個單元）`)
};

export const tpl_mlp512_blurb = /** @type {(inputs: Tpl_Mlp512_BlurbInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Keras 經典的 MNIST MLP（784-512-512-10）：大到足以過擬合；加上 Dropout 來改善。`)
};

export const tpl_mlp512_description = /** @type {(inputs: Tpl_Mlp512_DescriptionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`去掉 Dropout 層的 Keras mnist_mlp：784-512-512-10，relu，RMSprop。`)
};

export const tpl_moons_blurb = /** @type {(inputs: Tpl_Moons_BlurbInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`兩個帶雜訊的半月形，當場產生：在任何電腦上一分鐘內就會過擬合。`)
};

export const tpl_moons_description = /** @type {(inputs: Tpl_Moons_DescriptionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`在兩個帶雜訊的半月形上訓練的小型 MLP；資料是生成的，不需要資料集檔案。`)
};

export const tpl_moons_name = /** @type {(inputs: Tpl_Moons_NameInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`雙月`)
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

export const words_after = /** @type {(inputs: Words_AfterInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.phrase}（在 ${i?.layers} 之後）`)
};

export const words_all_examples = /** @type {(inputs: Words_All_ExamplesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`全部樣本`)
};

export const words_at_start = /** @type {(inputs: Words_At_StartInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.phrase}（在開頭）`)
};

export const words_aug_fill = /** @type {(inputs: Words_Aug_FillInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`填充方式`)
};

export const words_aug_fill_value = /** @type {(inputs: Words_Aug_Fill_ValueInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`填充值`)
};

export const words_aug_height_shift = /** @type {(inputs: Words_Aug_Height_ShiftInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`垂直平移`)
};

export const words_aug_horizontal_flip = /** @type {(inputs: Words_Aug_Horizontal_FlipInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`水平翻轉`)
};

export const words_aug_rotation = /** @type {(inputs: Words_Aug_RotationInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`旋轉`)
};

export const words_aug_shear = /** @type {(inputs: Words_Aug_ShearInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`剪切`)
};

export const words_aug_vertical_flip = /** @type {(inputs: Words_Aug_Vertical_FlipInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`垂直翻轉`)
};

export const words_aug_width_shift = /** @type {(inputs: Words_Aug_Width_ShiftInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`水平平移`)
};

export const words_aug_zoom = /** @type {(inputs: Words_Aug_ZoomInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`縮放`)
};

export const words_augmentation = /** @type {(inputs: Words_AugmentationInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`資料擴增（${i?.list}）`)
};

export const words_augmentation_name = /** @type {(inputs: Words_Augmentation_NameInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`資料擴增`)
};

export const words_augmentation_none = /** @type {(inputs: Words_Augmentation_NoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`資料擴增（無）`)
};

export const words_batch = /** @type {(inputs: Words_BatchInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`批次 ${i?.size}`)
};

export const words_batch_size = /** @type {(inputs: Words_Batch_SizeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`批次大小`)
};

export const words_changes_join = /** @type {(inputs: Words_Changes_JoinInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`；`)
};

export const words_dataset = /** @type {(inputs: Words_DatasetInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`資料集`)
};

export const words_default = /** @type {(inputs: Words_DefaultInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`預設`)
};

export const words_early_stopping = /** @type {(inputs: Words_Early_StoppingInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`提前停止（${i?.monitor}，patience ${i?.patience}）`)
};

export const words_early_stopping_best = /** @type {(inputs: Words_Early_Stopping_BestInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`提前停止（${i?.monitor}，patience ${i?.patience}，還原最佳權重）`)
};

export const words_early_stopping_name = /** @type {(inputs: Words_Early_Stopping_NameInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`提前停止`)
};

export const words_early_stopping_setting = /** @type {(inputs: Words_Early_Stopping_SettingInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`提前停止 ${i?.setting}`)
};

export const words_epochs = /** @type {(inputs: Words_EpochsInputs) => LocalizedString} */ (i) => {
	const countPlural = registry.plural("zh-Hant", i?.count, {});return /** @type {LocalizedString} */ (`${i?.count} 輪`)
};

export const words_first_examples = /** @type {(inputs: Words_First_ExamplesInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`前 ${i?.count} 個樣本`)
};

export const words_fold = /** @type {(inputs: Words_FoldInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`第 ${i?.fold} 折（共 ${i?.folds} 折）`)
};

export const words_imdb = /** @type {(inputs: Words_ImdbInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`imdb（${i?.count} 個詞）`)
};

export const words_instead = /** @type {(inputs: Words_InsteadInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.what} ${i?.now}（原為${i?.before}）`)
};

export const words_instead_of = /** @type {(inputs: Words_Instead_OfInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.now}（原為${i?.before}）`)
};

export const words_label_smoothing = /** @type {(inputs: Words_Label_SmoothingInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`標籤平滑 ${i?.value}`)
};

export const words_label_smoothing_name = /** @type {(inputs: Words_Label_Smoothing_NameInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`標籤平滑`)
};

export const words_no = /** @type {(inputs: Words_NoInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`無${i?.what}`)
};

export const words_none = /** @type {(inputs: Words_NoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`無`)
};

export const words_not_shuffled_each_epoch = /** @type {(inputs: Words_Not_Shuffled_Each_EpochInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`每輪不打亂`)
};

export const words_off = /** @type {(inputs: Words_OffInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`關`)
};

export const words_on = /** @type {(inputs: Words_OnInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`開`)
};

export const words_on_layer = /** @type {(inputs: Words_On_LayerInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.layer} 上的 ${i?.phrase}`)
};

export const words_on_layers = /** @type {(inputs: Words_On_LayersInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.count} 層上的 ${i?.phrase}`)
};

export const words_shuffled_each_epoch = /** @type {(inputs: Words_Shuffled_Each_EpochInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`每輪打亂`)
};

export const words_shuffled_labels = /** @type {(inputs: Words_Shuffled_LabelsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`打亂的標籤`)
};

export const words_synthetic = /** @type {(inputs: Words_SyntheticInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.shape}（${i?.samples} 個樣本，雜訊 ${i?.noise}）`)
};

export const words_the_start = /** @type {(inputs: Words_The_StartInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`開頭`)
};

export const words_true_labels = /** @type {(inputs: Words_True_LabelsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`真實標籤`)
};

export const words_validation_none = /** @type {(inputs: Words_Validation_NoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`不驗證`)
};

export const words_validation_split = /** @type {(inputs: Words_Validation_SplitInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`驗證集比例 ${i?.fraction}`)
};

export const words_validation_test = /** @type {(inputs: Words_Validation_TestInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`用測試集驗證`)
};