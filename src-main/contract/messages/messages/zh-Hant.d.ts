export const activations_bars_label: (inputs: Activations_Bars_LabelInputs) => LocalizedString;
export const activations_dead: (inputs: Activations_DeadInputs) => LocalizedString;
export const activations_dead_title: (inputs: Activations_Dead_TitleInputs) => LocalizedString;
export const activations_dead_units: (inputs: Activations_Dead_UnitsInputs) => LocalizedString;
export const activations_describe: (inputs: Activations_DescribeInputs) => LocalizedString;
export const activations_history_title: (inputs: Activations_History_TitleInputs) => LocalizedString;
export const activations_layer_label: (inputs: Activations_Layer_LabelInputs) => LocalizedString;
export const activations_mean_std: (inputs: Activations_Mean_StdInputs) => LocalizedString;
export const activations_none: (inputs: Activations_NoneInputs) => LocalizedString;
export const activations_of: (inputs: Activations_OfInputs) => LocalizedString;
export const activations_spread: (inputs: Activations_SpreadInputs) => LocalizedString;
export const activations_spread_title: (inputs: Activations_Spread_TitleInputs) => LocalizedString;
export const activations_stat_label: (inputs: Activations_Stat_LabelInputs) => LocalizedString;
export const activations_std: (inputs: Activations_StdInputs) => LocalizedString;
export const activations_tick: (inputs: Activations_TickInputs) => LocalizedString;
export const aug_cval_help: (inputs: Aug_Cval_HelpInputs) => LocalizedString;
export const aug_fill_constant: (inputs: Aug_Fill_ConstantInputs) => LocalizedString;
export const aug_fill_mode: (inputs: Aug_Fill_ModeInputs) => LocalizedString;
export const aug_fill_nearest: (inputs: Aug_Fill_NearestInputs) => LocalizedString;
export const aug_fill_reflect: (inputs: Aug_Fill_ReflectInputs) => LocalizedString;
export const aug_fill_value: (inputs: Aug_Fill_ValueInputs) => LocalizedString;
export const aug_fill_wrap: (inputs: Aug_Fill_WrapInputs) => LocalizedString;
export const aug_flip_lr: (inputs: Aug_Flip_LrInputs) => LocalizedString;
export const aug_flip_ud: (inputs: Aug_Flip_UdInputs) => LocalizedString;
export const aug_height_shift: (inputs: Aug_Height_ShiftInputs) => LocalizedString;
export const aug_height_shift_help: (inputs: Aug_Height_Shift_HelpInputs) => LocalizedString;
export const aug_label: (inputs: Aug_LabelInputs) => LocalizedString;
export const aug_not_images: (inputs: Aug_Not_ImagesInputs) => LocalizedString;
export const aug_on: (inputs: Aug_OnInputs) => LocalizedString;
export const aug_rotation: (inputs: Aug_RotationInputs) => LocalizedString;
export const aug_rotation_help: (inputs: Aug_Rotation_HelpInputs) => LocalizedString;
export const aug_shear: (inputs: Aug_ShearInputs) => LocalizedString;
export const aug_shear_help: (inputs: Aug_Shear_HelpInputs) => LocalizedString;
export const aug_title: (inputs: Aug_TitleInputs) => LocalizedString;
export const aug_turn_off: (inputs: Aug_Turn_OffInputs) => LocalizedString;
export const aug_width_shift: (inputs: Aug_Width_ShiftInputs) => LocalizedString;
export const aug_width_shift_help: (inputs: Aug_Width_Shift_HelpInputs) => LocalizedString;
export const aug_zoom: (inputs: Aug_ZoomInputs) => LocalizedString;
export const aug_zoom_help: (inputs: Aug_Zoom_HelpInputs) => LocalizedString;
export const augpreview_another: (inputs: Augpreview_AnotherInputs) => LocalizedString;
export const augpreview_augmented: (inputs: Augpreview_AugmentedInputs) => LocalizedString;
export const augpreview_hint: (inputs: Augpreview_HintInputs) => LocalizedString;
export const augpreview_label: (inputs: Augpreview_LabelInputs) => LocalizedString;
export const augpreview_loading: (inputs: Augpreview_LoadingInputs) => LocalizedString;
export const augpreview_original: (inputs: Augpreview_OriginalInputs) => LocalizedString;
export const badge_browser: (inputs: Badge_BrowserInputs) => LocalizedString;
export const badge_checking: (inputs: Badge_CheckingInputs) => LocalizedString;
export const badge_desktop: (inputs: Badge_DesktopInputs) => LocalizedString;
export const badge_faster_not_used: (inputs: Badge_Faster_Not_UsedInputs) => LocalizedString;
export const badge_fastest: (inputs: Badge_FastestInputs) => LocalizedString;
export const badge_gpu_found: (inputs: Badge_Gpu_FoundInputs) => LocalizedString;
export const badge_gpu_software: (inputs: Badge_Gpu_SoftwareInputs) => LocalizedString;
export const badge_reconnecting: (inputs: Badge_ReconnectingInputs) => LocalizedString;
export const badge_title: (inputs: Badge_TitleInputs) => LocalizedString;
export const badge_trains_on: (inputs: Badge_Trains_OnInputs) => LocalizedString;
export const boundary_classes: (inputs: Boundary_ClassesInputs) => LocalizedString;
export const boundary_key: (inputs: Boundary_KeyInputs) => LocalizedString;
export const boundary_label: (inputs: Boundary_LabelInputs) => LocalizedString;
export const boundary_none_tick: (inputs: Boundary_None_TickInputs) => LocalizedString;
export const boundary_none_ticked: (inputs: Boundary_None_TickedInputs) => LocalizedString;
export const boundary_plot_label: (inputs: Boundary_Plot_LabelInputs) => LocalizedString;
export const cancel: (inputs: CancelInputs) => LocalizedString;
export const canvas_empty: (inputs: Canvas_EmptyInputs) => LocalizedString;
export const canvas_label: (inputs: Canvas_LabelInputs) => LocalizedString;
export const canvas_layers: (inputs: Canvas_LayersInputs) => LocalizedString;
export const canvas_parameters: (inputs: Canvas_ParametersInputs) => LocalizedString;
export const canvas_structure: (inputs: Canvas_StructureInputs) => LocalizedString;
export const chart_accuracy: (inputs: Chart_AccuracyInputs) => LocalizedString;
export const chart_axis_epoch: (inputs: Chart_Axis_EpochInputs) => LocalizedString;
export const chart_boundary: (inputs: Chart_BoundaryInputs) => LocalizedString;
export const chart_canvas_fallback: (inputs: Chart_Canvas_FallbackInputs) => LocalizedString;
export const chart_canvas_label: (inputs: Chart_Canvas_LabelInputs) => LocalizedString;
export const chart_empty: (inputs: Chart_EmptyInputs) => LocalizedString;
export const chart_enlarge: (inputs: Chart_EnlargeInputs) => LocalizedString;
export const chart_enlarge_label: (inputs: Chart_Enlarge_LabelInputs) => LocalizedString;
export const chart_enlarge_title: (inputs: Chart_Enlarge_TitleInputs) => LocalizedString;
export const chart_enlarged: (inputs: Chart_EnlargedInputs) => LocalizedString;
export const chart_export_best: (inputs: Chart_Export_BestInputs) => LocalizedString;
export const chart_export_early_stopping: (inputs: Chart_Export_Early_StoppingInputs) => LocalizedString;
export const chart_export_penalty: (inputs: Chart_Export_PenaltyInputs) => LocalizedString;
export const chart_inside: (inputs: Chart_InsideInputs) => LocalizedString;
export const chart_key_best: (inputs: Chart_Key_BestInputs) => LocalizedString;
export const chart_key_penalty: (inputs: Chart_Key_PenaltyInputs) => LocalizedString;
export const chart_key_training: (inputs: Chart_Key_TrainingInputs) => LocalizedString;
export const chart_key_validation: (inputs: Chart_Key_ValidationInputs) => LocalizedString;
export const chart_legend: (inputs: Chart_LegendInputs) => LocalizedString;
export const chart_log: (inputs: Chart_LogInputs) => LocalizedString;
export const chart_log_title: (inputs: Chart_Log_TitleInputs) => LocalizedString;
export const chart_loss: (inputs: Chart_LossInputs) => LocalizedString;
export const chart_no_penalty: (inputs: Chart_No_PenaltyInputs) => LocalizedString;
export const chart_penalty_note: (inputs: Chart_Penalty_NoteInputs) => LocalizedString;
export const chart_png_title: (inputs: Chart_Png_TitleInputs) => LocalizedString;
export const chart_predictions: (inputs: Chart_PredictionsInputs) => LocalizedString;
export const chart_section: (inputs: Chart_SectionInputs) => LocalizedString;
export const chart_split: (inputs: Chart_SplitInputs) => LocalizedString;
export const chart_split_title: (inputs: Chart_Split_TitleInputs) => LocalizedString;
export const chart_validation_only: (inputs: Chart_Validation_OnlyInputs) => LocalizedString;
export const chart_validation_only_title: (inputs: Chart_Validation_Only_TitleInputs) => LocalizedString;
export const chart_view: (inputs: Chart_ViewInputs) => LocalizedString;
export const chart_weights: (inputs: Chart_WeightsInputs) => LocalizedString;
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
export const cli_and: (inputs: Cli_AndInputs) => LocalizedString;
export const cli_bench_adapter: (inputs: Cli_Bench_AdapterInputs) => LocalizedString;
export const cli_bench_adapter_software: (inputs: Cli_Bench_Adapter_SoftwareInputs) => LocalizedString;
export const cli_bench_cannot_train: (inputs: Cli_Bench_Cannot_TrainInputs) => LocalizedString;
export const cli_bench_col_backend: (inputs: Cli_Bench_Col_BackendInputs) => LocalizedString;
export const cli_bench_col_engine: (inputs: Cli_Bench_Col_EngineInputs) => LocalizedString;
export const cli_bench_col_engine1: (inputs: Cli_Bench_Col_Engine1Inputs) => LocalizedString;
export const cli_bench_col_epoch_s: (inputs: Cli_Bench_Col_Epoch_SInputs) => LocalizedString;
export const cli_bench_col_ms_step: (inputs: Cli_Bench_Col_Ms_StepInputs) => LocalizedString;
export const cli_bench_col_native_share: (inputs: Cli_Bench_Col_Native_ShareInputs) => LocalizedString;
export const cli_bench_col_peak_mb: (inputs: Cli_Bench_Col_Peak_MbInputs) => LocalizedString;
export const cli_bench_col_speedup: (inputs: Cli_Bench_Col_SpeedupInputs) => LocalizedString;
export const cli_bench_col_stock: (inputs: Cli_Bench_Col_StockInputs) => LocalizedString;
export const cli_bench_col_tf_python: (inputs: Cli_Bench_Col_Tf_PythonInputs) => LocalizedString;
export const cli_bench_col_wasm_share: (inputs: Cli_Bench_Col_Wasm_ShareInputs) => LocalizedString;
export const cli_bench_col_workload: (inputs: Cli_Bench_Col_WorkloadInputs) => LocalizedString;
export const cli_bench_cpu_skipped: (inputs: Cli_Bench_Cpu_SkippedInputs) => LocalizedString;
export const cli_bench_grid: (inputs: Cli_Bench_GridInputs) => LocalizedString;
export const cli_bench_insights: (inputs: Cli_Bench_InsightsInputs) => LocalizedString;
export const cli_bench_insights_failed: (inputs: Cli_Bench_Insights_FailedInputs) => LocalizedString;
export const cli_bench_insights_stored: (inputs: Cli_Bench_Insights_StoredInputs) => LocalizedString;
export const cli_bench_matmul: (inputs: Cli_Bench_MatmulInputs) => LocalizedString;
export const cli_bench_matmul_native: (inputs: Cli_Bench_Matmul_NativeInputs) => LocalizedString;
export const cli_bench_matmul_threads: (inputs: Cli_Bench_Matmul_ThreadsInputs) => LocalizedString;
export const cli_bench_measured: (inputs: Cli_Bench_MeasuredInputs) => LocalizedString;
export const cli_bench_peer_failed: (inputs: Cli_Bench_Peer_FailedInputs) => LocalizedString;
export const cli_bench_peer_no_python: (inputs: Cli_Bench_Peer_No_PythonInputs) => LocalizedString;
export const cli_bench_samples_per_s: (inputs: Cli_Bench_Samples_Per_SInputs) => LocalizedString;
export const cli_bench_software_adapter: (inputs: Cli_Bench_Software_AdapterInputs) => LocalizedString;
export const cli_bench_start: (inputs: Cli_Bench_StartInputs) => LocalizedString;
export const cli_bench_unknown_cpu: (inputs: Cli_Bench_Unknown_CpuInputs) => LocalizedString;
export const cli_bench_webgpu_skipped: (inputs: Cli_Bench_Webgpu_SkippedInputs) => LocalizedString;
export const cli_check_fail: (inputs: Cli_Check_FailInputs) => LocalizedString;
export const cli_check_lab: (inputs: Cli_Check_LabInputs) => LocalizedString;
export const cli_check_pass: (inputs: Cli_Check_PassInputs) => LocalizedString;
export const cli_check_passed: (inputs: Cli_Check_PassedInputs) => LocalizedString;
export const cli_check_passed_in: (inputs: Cli_Check_Passed_InInputs) => LocalizedString;
export const cli_check_ran_grid: (inputs: Cli_Check_Ran_GridInputs) => LocalizedString;
export const cli_check_step: (inputs: Cli_Check_StepInputs) => LocalizedString;
export const cli_check_trained: (inputs: Cli_Check_TrainedInputs) => LocalizedString;
export const cli_check_trained_failed: (inputs: Cli_Check_Trained_FailedInputs) => LocalizedString;
export const cli_class_best: (inputs: Cli_Class_BestInputs) => LocalizedString;
export const cli_class_checks: (inputs: Cli_Class_ChecksInputs) => LocalizedString;
export const cli_class_file: (inputs: Cli_Class_FileInputs) => LocalizedString;
export const cli_class_host_anyone: (inputs: Cli_Class_Host_AnyoneInputs) => LocalizedString;
export const cli_class_host_codes_unwritten: (inputs: Cli_Class_Host_Codes_UnwrittenInputs) => LocalizedString;
export const cli_class_host_everywhere: (inputs: Cli_Class_Host_EverywhereInputs) => LocalizedString;
export const cli_class_host_limits: (inputs: Cli_Class_Host_LimitsInputs) => LocalizedString;
export const cli_class_host_listening: (inputs: Cli_Class_Host_ListeningInputs) => LocalizedString;
export const cli_class_host_loopback: (inputs: Cli_Class_Host_LoopbackInputs) => LocalizedString;
export const cli_class_host_network: (inputs: Cli_Class_Host_NetworkInputs) => LocalizedString;
export const cli_class_host_no_students: (inputs: Cli_Class_Host_No_StudentsInputs) => LocalizedString;
export const cli_class_host_running: (inputs: Cli_Class_Host_RunningInputs) => LocalizedString;
export const cli_class_host_stop: (inputs: Cli_Class_Host_StopInputs) => LocalizedString;
export const cli_class_host_student_can: (inputs: Cli_Class_Host_Student_CanInputs) => LocalizedString;
export const cli_class_host_students: (inputs: Cli_Class_Host_StudentsInputs) => LocalizedString;
export const cli_class_host_teacher: (inputs: Cli_Class_Host_TeacherInputs) => LocalizedString;
export const cli_class_locks: (inputs: Cli_Class_LocksInputs) => LocalizedString;
export const cli_class_locks_changed: (inputs: Cli_Class_Locks_ChangedInputs) => LocalizedString;
export const cli_class_locks_ok: (inputs: Cli_Class_Locks_OkInputs) => LocalizedString;
export const cli_class_locks_unknown: (inputs: Cli_Class_Locks_UnknownInputs) => LocalizedString;
export const cli_class_no_name: (inputs: Cli_Class_No_NameInputs) => LocalizedString;
export const cli_class_student: (inputs: Cli_Class_StudentInputs) => LocalizedString;
export const cli_class_title: (inputs: Cli_Class_TitleInputs) => LocalizedString;
export const cli_datasets_downloaded: (inputs: Cli_Datasets_DownloadedInputs) => LocalizedString;
export const cli_datasets_found: (inputs: Cli_Datasets_FoundInputs) => LocalizedString;
export const cli_datasets_missing: (inputs: Cli_Datasets_MissingInputs) => LocalizedString;
export const cli_datasets_searched: (inputs: Cli_Datasets_SearchedInputs) => LocalizedString;
export const cli_datasets_synthetic: (inputs: Cli_Datasets_SyntheticInputs) => LocalizedString;
export const cli_evaluate_result: (inputs: Cli_Evaluate_ResultInputs) => LocalizedString;
export const cli_grid_bar: (inputs: Cli_Grid_BarInputs) => LocalizedString;
export const cli_grid_best: (inputs: Cli_Grid_BestInputs) => LocalizedString;
export const cli_grid_default_backend: (inputs: Cli_Grid_Default_BackendInputs) => LocalizedString;
export const cli_grid_fold: (inputs: Cli_Grid_FoldInputs) => LocalizedString;
export const cli_grid_holdout: (inputs: Cli_Grid_HoldoutInputs) => LocalizedString;
export const cli_grid_mean: (inputs: Cli_Grid_MeanInputs) => LocalizedString;
export const cli_grid_no_dataset: (inputs: Cli_Grid_No_DatasetInputs) => LocalizedString;
export const cli_grid_no_worker: (inputs: Cli_Grid_No_WorkerInputs) => LocalizedString;
export const cli_grid_pool_queuing: (inputs: Cli_Grid_Pool_QueuingInputs) => LocalizedString;
export const cli_grid_pool_resuming: (inputs: Cli_Grid_Pool_ResumingInputs) => LocalizedString;
export const cli_grid_progress: (inputs: Cli_Grid_ProgressInputs) => LocalizedString;
export const cli_grid_progress_eta: (inputs: Cli_Grid_Progress_EtaInputs) => LocalizedString;
export const cli_grid_refit: (inputs: Cli_Grid_RefitInputs) => LocalizedString;
export const cli_grid_resuming: (inputs: Cli_Grid_ResumingInputs) => LocalizedString;
export const cli_grid_running: (inputs: Cli_Grid_RunningInputs) => LocalizedString;
export const cli_grid_setting: (inputs: Cli_Grid_SettingInputs) => LocalizedString;
export const cli_grid_stopping: (inputs: Cli_Grid_StoppingInputs) => LocalizedString;
export const cli_grid_trial_done: (inputs: Cli_Grid_Trial_DoneInputs) => LocalizedString;
export const cli_grid_trial_pending: (inputs: Cli_Grid_Trial_PendingInputs) => LocalizedString;
export const cli_grid_workers_now: (inputs: Cli_Grid_Workers_NowInputs) => LocalizedString;
export const cli_grids_empty: (inputs: Cli_Grids_EmptyInputs) => LocalizedString;
export const cli_grids_row: (inputs: Cli_Grids_RowInputs) => LocalizedString;
export const cli_import_line: (inputs: Cli_Import_LineInputs) => LocalizedString;
export const cli_import_wrote: (inputs: Cli_Import_WroteInputs) => LocalizedString;
export const cli_insight_activation: (inputs: Cli_Insight_ActivationInputs) => LocalizedString;
export const cli_insight_activation_dead: (inputs: Cli_Insight_Activation_DeadInputs) => LocalizedString;
export const cli_insight_gradient: (inputs: Cli_Insight_GradientInputs) => LocalizedString;
export const cli_insight_no_gradient: (inputs: Cli_Insight_No_GradientInputs) => LocalizedString;
export const cli_insight_weights: (inputs: Cli_Insight_WeightsInputs) => LocalizedString;
export const cli_inspect_activations: (inputs: Cli_Inspect_ActivationsInputs) => LocalizedString;
export const cli_inspect_confidence: (inputs: Cli_Inspect_ConfidenceInputs) => LocalizedString;
export const cli_inspect_confusion: (inputs: Cli_Inspect_ConfusionInputs) => LocalizedString;
export const cli_inspect_corner: (inputs: Cli_Inspect_CornerInputs) => LocalizedString;
export const cli_inspect_index: (inputs: Cli_Inspect_IndexInputs) => LocalizedString;
export const cli_inspect_no_examples: (inputs: Cli_Inspect_No_ExamplesInputs) => LocalizedString;
export const cli_inspect_no_split: (inputs: Cli_Inspect_No_SplitInputs) => LocalizedString;
export const cli_inspect_no_validation: (inputs: Cli_Inspect_No_ValidationInputs) => LocalizedString;
export const cli_inspect_none_wrong: (inputs: Cli_Inspect_None_WrongInputs) => LocalizedString;
export const cli_inspect_outside: (inputs: Cli_Inspect_OutsideInputs) => LocalizedString;
export const cli_inspect_predicted: (inputs: Cli_Inspect_PredictedInputs) => LocalizedString;
export const cli_inspect_right: (inputs: Cli_Inspect_RightInputs) => LocalizedString;
export const cli_inspect_title: (inputs: Cli_Inspect_TitleInputs) => LocalizedString;
export const cli_inspect_true: (inputs: Cli_Inspect_TrueInputs) => LocalizedString;
export const cli_inspect_weights: (inputs: Cli_Inspect_WeightsInputs) => LocalizedString;
export const cli_inspect_wrong: (inputs: Cli_Inspect_WrongInputs) => LocalizedString;
export const cli_labs_minutes: (inputs: Cli_Labs_MinutesInputs) => LocalizedString;
export const cli_labs_steps: (inputs: Cli_Labs_StepsInputs) => LocalizedString;
export const cli_report_wrote: (inputs: Cli_Report_WroteInputs) => LocalizedString;
export const cli_runs_backend: (inputs: Cli_Runs_BackendInputs) => LocalizedString;
export const cli_runs_created: (inputs: Cli_Runs_CreatedInputs) => LocalizedString;
export const cli_runs_dataset: (inputs: Cli_Runs_DatasetInputs) => LocalizedString;
export const cli_runs_empty: (inputs: Cli_Runs_EmptyInputs) => LocalizedString;
export const cli_runs_inside: (inputs: Cli_Runs_InsideInputs) => LocalizedString;
export const cli_runs_name: (inputs: Cli_Runs_NameInputs) => LocalizedString;
export const cli_runs_status: (inputs: Cli_Runs_StatusInputs) => LocalizedString;
export const cli_serve_open: (inputs: Cli_Serve_OpenInputs) => LocalizedString;
export const cli_serve_pool: (inputs: Cli_Serve_PoolInputs) => LocalizedString;
export const cli_serve_running: (inputs: Cli_Serve_RunningInputs) => LocalizedString;
export const cli_start_browser_given: (inputs: Cli_Start_Browser_GivenInputs) => LocalizedString;
export const cli_start_building: (inputs: Cli_Start_BuildingInputs) => LocalizedString;
export const cli_start_no_binary: (inputs: Cli_Start_No_BinaryInputs) => LocalizedString;
export const cli_start_no_electron: (inputs: Cli_Start_No_ElectronInputs) => LocalizedString;
export const cli_start_not_installed: (inputs: Cli_Start_Not_InstalledInputs) => LocalizedString;
export const cli_store_repaired: (inputs: Cli_Store_RepairedInputs) => LocalizedString;
export const cli_train_backend: (inputs: Cli_Train_BackendInputs) => LocalizedString;
export const cli_train_best: (inputs: Cli_Train_BestInputs) => LocalizedString;
export const cli_train_done: (inputs: Cli_Train_DoneInputs) => LocalizedString;
export const cli_train_early_stopped: (inputs: Cli_Train_Early_StoppedInputs) => LocalizedString;
export const cli_train_started: (inputs: Cli_Train_StartedInputs) => LocalizedString;
export const cli_train_stopping: (inputs: Cli_Train_StoppingInputs) => LocalizedString;
export const cli_worker_has: (inputs: Cli_Worker_HasInputs) => LocalizedString;
export const cli_worker_has_none: (inputs: Cli_Worker_Has_NoneInputs) => LocalizedString;
export const cli_worker_joined: (inputs: Cli_Worker_JoinedInputs) => LocalizedString;
export const cli_worker_leaving: (inputs: Cli_Worker_LeavingInputs) => LocalizedString;
export const cli_worker_leaving_jobs: (inputs: Cli_Worker_Leaving_JobsInputs) => LocalizedString;
export const cli_worker_left: (inputs: Cli_Worker_LeftInputs) => LocalizedString;
export const cli_worker_left_anyway: (inputs: Cli_Worker_Left_AnywayInputs) => LocalizedString;
export const cli_wrote: (inputs: Cli_WroteInputs) => LocalizedString;
export const clierr_choices: (inputs: Clierr_ChoicesInputs) => LocalizedString;
export const clierr_did_you_mean: (inputs: Clierr_Did_You_MeanInputs) => LocalizedString;
export const clierr_did_you_mean_one_of: (inputs: Clierr_Did_You_Mean_One_OfInputs) => LocalizedString;
export const clierr_help_hint: (inputs: Clierr_Help_HintInputs) => LocalizedString;
export const clierr_invalid_argument: (inputs: Clierr_Invalid_ArgumentInputs) => LocalizedString;
export const clierr_invalid_value: (inputs: Clierr_Invalid_ValueInputs) => LocalizedString;
export const clierr_missing_argument: (inputs: Clierr_Missing_ArgumentInputs) => LocalizedString;
export const clierr_missing_option: (inputs: Clierr_Missing_OptionInputs) => LocalizedString;
export const clierr_not_number: (inputs: Clierr_Not_NumberInputs) => LocalizedString;
export const clierr_not_one_of: (inputs: Clierr_Not_One_OfInputs) => LocalizedString;
export const clierr_not_port: (inputs: Clierr_Not_PortInputs) => LocalizedString;
export const clierr_not_whole: (inputs: Clierr_Not_WholeInputs) => LocalizedString;
export const clierr_option_no_value: (inputs: Clierr_Option_No_ValueInputs) => LocalizedString;
export const clierr_too_many: (inputs: Clierr_Too_ManyInputs) => LocalizedString;
export const clierr_too_many_for: (inputs: Clierr_Too_Many_ForInputs) => LocalizedString;
export const clierr_unknown_command: (inputs: Clierr_Unknown_CommandInputs) => LocalizedString;
export const clierr_unknown_option: (inputs: Clierr_Unknown_OptionInputs) => LocalizedString;
export const clihelp_arguments: (inputs: Clihelp_ArgumentsInputs) => LocalizedString;
export const clihelp_bench: (inputs: Clihelp_BenchInputs) => LocalizedString;
export const clihelp_check: (inputs: Clihelp_CheckInputs) => LocalizedString;
export const clihelp_class: (inputs: Clihelp_ClassInputs) => LocalizedString;
export const clihelp_commands: (inputs: Clihelp_CommandsInputs) => LocalizedString;
export const clihelp_datasets: (inputs: Clihelp_DatasetsInputs) => LocalizedString;
export const clihelp_evaluate: (inputs: Clihelp_EvaluateInputs) => LocalizedString;
export const clihelp_export: (inputs: Clihelp_ExportInputs) => LocalizedString;
export const clihelp_grid: (inputs: Clihelp_GridInputs) => LocalizedString;
export const clihelp_grids: (inputs: Clihelp_GridsInputs) => LocalizedString;
export const clihelp_help: (inputs: Clihelp_HelpInputs) => LocalizedString;
export const clihelp_import: (inputs: Clihelp_ImportInputs) => LocalizedString;
export const clihelp_inspect: (inputs: Clihelp_InspectInputs) => LocalizedString;
export const clihelp_labs: (inputs: Clihelp_LabsInputs) => LocalizedString;
export const clihelp_lang: (inputs: Clihelp_LangInputs) => LocalizedString;
export const clihelp_options: (inputs: Clihelp_OptionsInputs) => LocalizedString;
export const clihelp_program: (inputs: Clihelp_ProgramInputs) => LocalizedString;
export const clihelp_report: (inputs: Clihelp_ReportInputs) => LocalizedString;
export const clihelp_runs: (inputs: Clihelp_RunsInputs) => LocalizedString;
export const clihelp_serve: (inputs: Clihelp_ServeInputs) => LocalizedString;
export const clihelp_start: (inputs: Clihelp_StartInputs) => LocalizedString;
export const clihelp_store: (inputs: Clihelp_StoreInputs) => LocalizedString;
export const clihelp_train: (inputs: Clihelp_TrainInputs) => LocalizedString;
export const clihelp_usage: (inputs: Clihelp_UsageInputs) => LocalizedString;
export const clihelp_version: (inputs: Clihelp_VersionInputs) => LocalizedString;
export const clihelp_worker: (inputs: Clihelp_WorkerInputs) => LocalizedString;
export const cliopt_backend: (inputs: Cliopt_BackendInputs) => LocalizedString;
export const cliopt_bench_backends: (inputs: Cliopt_Bench_BackendsInputs) => LocalizedString;
export const cliopt_bench_insights_only: (inputs: Cliopt_Bench_Insights_OnlyInputs) => LocalizedString;
export const cliopt_bench_json: (inputs: Cliopt_Bench_JsonInputs) => LocalizedString;
export const cliopt_bench_modes: (inputs: Cliopt_Bench_ModesInputs) => LocalizedString;
export const cliopt_bench_no_grid: (inputs: Cliopt_Bench_No_GridInputs) => LocalizedString;
export const cliopt_bench_no_insights: (inputs: Cliopt_Bench_No_InsightsInputs) => LocalizedString;
export const cliopt_bench_no_peer: (inputs: Cliopt_Bench_No_PeerInputs) => LocalizedString;
export const cliopt_bench_repeats: (inputs: Cliopt_Bench_RepeatsInputs) => LocalizedString;
export const cliopt_bench_seconds: (inputs: Cliopt_Bench_SecondsInputs) => LocalizedString;
export const cliopt_bench_webgpu: (inputs: Cliopt_Bench_WebgpuInputs) => LocalizedString;
export const cliopt_bench_workloads: (inputs: Cliopt_Bench_WorkloadsInputs) => LocalizedString;
export const cliopt_check_lab: (inputs: Cliopt_Check_LabInputs) => LocalizedString;
export const cliopt_check_quick: (inputs: Cliopt_Check_QuickInputs) => LocalizedString;
export const cliopt_check_walk: (inputs: Cliopt_Check_WalkInputs) => LocalizedString;
export const cliopt_choices: (inputs: Cliopt_ChoicesInputs) => LocalizedString;
export const cliopt_class_csv: (inputs: Cliopt_Class_CsvInputs) => LocalizedString;
export const cliopt_class_dir: (inputs: Cliopt_Class_DirInputs) => LocalizedString;
export const cliopt_class_json: (inputs: Cliopt_Class_JsonInputs) => LocalizedString;
export const cliopt_class_lab: (inputs: Cliopt_Class_LabInputs) => LocalizedString;
export const cliopt_data_dir: (inputs: Cliopt_Data_DirInputs) => LocalizedString;
export const cliopt_datasets_data_dir: (inputs: Cliopt_Datasets_Data_DirInputs) => LocalizedString;
export const cliopt_datasets_download: (inputs: Cliopt_Datasets_DownloadInputs) => LocalizedString;
export const cliopt_datasets_json: (inputs: Cliopt_Datasets_JsonInputs) => LocalizedString;
export const cliopt_default: (inputs: Cliopt_DefaultInputs) => LocalizedString;
export const cliopt_evaluate_data_dir: (inputs: Cliopt_Evaluate_Data_DirInputs) => LocalizedString;
export const cliopt_evaluate_dataset: (inputs: Cliopt_Evaluate_DatasetInputs) => LocalizedString;
export const cliopt_evaluate_run: (inputs: Cliopt_Evaluate_RunInputs) => LocalizedString;
export const cliopt_export_format: (inputs: Cliopt_Export_FormatInputs) => LocalizedString;
export const cliopt_export_formats: (inputs: Cliopt_Export_FormatsInputs) => LocalizedString;
export const cliopt_export_json: (inputs: Cliopt_Export_JsonInputs) => LocalizedString;
export const cliopt_export_out: (inputs: Cliopt_Export_OutInputs) => LocalizedString;
export const cliopt_export_run_lab: (inputs: Cliopt_Export_Run_LabInputs) => LocalizedString;
export const cliopt_extras: (inputs: Cliopt_ExtrasInputs) => LocalizedString;
export const cliopt_grid_folds: (inputs: Cliopt_Grid_FoldsInputs) => LocalizedString;
export const cliopt_grid_holdout: (inputs: Cliopt_Grid_HoldoutInputs) => LocalizedString;
export const cliopt_grid_lab: (inputs: Cliopt_Grid_LabInputs) => LocalizedString;
export const cliopt_grid_no_refit: (inputs: Cliopt_Grid_No_RefitInputs) => LocalizedString;
export const cliopt_grid_parallel: (inputs: Cliopt_Grid_ParallelInputs) => LocalizedString;
export const cliopt_grid_random: (inputs: Cliopt_Grid_RandomInputs) => LocalizedString;
export const cliopt_grid_rank_by: (inputs: Cliopt_Grid_Rank_ByInputs) => LocalizedString;
export const cliopt_grid_redis: (inputs: Cliopt_Grid_RedisInputs) => LocalizedString;
export const cliopt_grid_restart: (inputs: Cliopt_Grid_RestartInputs) => LocalizedString;
export const cliopt_grid_sweep: (inputs: Cliopt_Grid_SweepInputs) => LocalizedString;
export const cliopt_grids_json: (inputs: Cliopt_Grids_JsonInputs) => LocalizedString;
export const cliopt_import_code: (inputs: Cliopt_Import_CodeInputs) => LocalizedString;
export const cliopt_import_json: (inputs: Cliopt_Import_JsonInputs) => LocalizedString;
export const cliopt_import_out: (inputs: Cliopt_Import_OutInputs) => LocalizedString;
export const cliopt_inspect_epoch: (inputs: Cliopt_Inspect_EpochInputs) => LocalizedString;
export const cliopt_inspect_run: (inputs: Cliopt_Inspect_RunInputs) => LocalizedString;
export const cliopt_json_lines: (inputs: Cliopt_Json_LinesInputs) => LocalizedString;
export const cliopt_json_one: (inputs: Cliopt_Json_OneInputs) => LocalizedString;
export const cliopt_labs_json: (inputs: Cliopt_Labs_JsonInputs) => LocalizedString;
export const cliopt_report_format: (inputs: Cliopt_Report_FormatInputs) => LocalizedString;
export const cliopt_report_json: (inputs: Cliopt_Report_JsonInputs) => LocalizedString;
export const cliopt_report_lab: (inputs: Cliopt_Report_LabInputs) => LocalizedString;
export const cliopt_report_out: (inputs: Cliopt_Report_OutInputs) => LocalizedString;
export const cliopt_report_runs: (inputs: Cliopt_Report_RunsInputs) => LocalizedString;
export const cliopt_runs_json: (inputs: Cliopt_Runs_JsonInputs) => LocalizedString;
export const cliopt_separator: (inputs: Cliopt_SeparatorInputs) => LocalizedString;
export const cliopt_serve_class: (inputs: Cliopt_Serve_ClassInputs) => LocalizedString;
export const cliopt_serve_class_dir: (inputs: Cliopt_Serve_Class_DirInputs) => LocalizedString;
export const cliopt_serve_class_list: (inputs: Cliopt_Serve_Class_ListInputs) => LocalizedString;
export const cliopt_serve_host: (inputs: Cliopt_Serve_HostInputs) => LocalizedString;
export const cliopt_serve_max_trainers: (inputs: Cliopt_Serve_Max_TrainersInputs) => LocalizedString;
export const cliopt_serve_open: (inputs: Cliopt_Serve_OpenInputs) => LocalizedString;
export const cliopt_serve_per_student: (inputs: Cliopt_Serve_Per_StudentInputs) => LocalizedString;
export const cliopt_serve_port: (inputs: Cliopt_Serve_PortInputs) => LocalizedString;
export const cliopt_serve_rebuild: (inputs: Cliopt_Serve_RebuildInputs) => LocalizedString;
export const cliopt_serve_redis: (inputs: Cliopt_Serve_RedisInputs) => LocalizedString;
export const cliopt_start_browser: (inputs: Cliopt_Start_BrowserInputs) => LocalizedString;
export const cliopt_start_no_open: (inputs: Cliopt_Start_No_OpenInputs) => LocalizedString;
export const cliopt_start_port: (inputs: Cliopt_Start_PortInputs) => LocalizedString;
export const cliopt_start_rebuild: (inputs: Cliopt_Start_RebuildInputs) => LocalizedString;
export const cliopt_store_repair: (inputs: Cliopt_Store_RepairInputs) => LocalizedString;
export const cliopt_store_repair_json: (inputs: Cliopt_Store_Repair_JsonInputs) => LocalizedString;
export const cliopt_train_batch_size: (inputs: Cliopt_Train_Batch_SizeInputs) => LocalizedString;
export const cliopt_train_dataset: (inputs: Cliopt_Train_DatasetInputs) => LocalizedString;
export const cliopt_train_early_stopping_min_delta: (inputs: Cliopt_Train_Early_Stopping_Min_DeltaInputs) => LocalizedString;
export const cliopt_train_early_stopping_monitor: (inputs: Cliopt_Train_Early_Stopping_MonitorInputs) => LocalizedString;
export const cliopt_train_early_stopping_patience: (inputs: Cliopt_Train_Early_Stopping_PatienceInputs) => LocalizedString;
export const cliopt_train_epochs: (inputs: Cliopt_Train_EpochsInputs) => LocalizedString;
export const cliopt_train_lab: (inputs: Cliopt_Train_LabInputs) => LocalizedString;
export const cliopt_train_label_smoothing: (inputs: Cliopt_Train_Label_SmoothingInputs) => LocalizedString;
export const cliopt_train_learning_rate: (inputs: Cliopt_Train_Learning_RateInputs) => LocalizedString;
export const cliopt_train_loss: (inputs: Cliopt_Train_LossInputs) => LocalizedString;
export const cliopt_train_model: (inputs: Cliopt_Train_ModelInputs) => LocalizedString;
export const cliopt_train_momentum: (inputs: Cliopt_Train_MomentumInputs) => LocalizedString;
export const cliopt_train_name: (inputs: Cliopt_Train_NameInputs) => LocalizedString;
export const cliopt_train_optimizer: (inputs: Cliopt_Train_OptimizerInputs) => LocalizedString;
export const cliopt_train_restore_best_weights: (inputs: Cliopt_Train_Restore_Best_WeightsInputs) => LocalizedString;
export const cliopt_train_seed: (inputs: Cliopt_Train_SeedInputs) => LocalizedString;
export const cliopt_train_shuffle_labels: (inputs: Cliopt_Train_Shuffle_LabelsInputs) => LocalizedString;
export const cliopt_train_train_subset: (inputs: Cliopt_Train_Train_SubsetInputs) => LocalizedString;
export const cliopt_train_validation: (inputs: Cliopt_Train_ValidationInputs) => LocalizedString;
export const cliopt_worker_concurrency: (inputs: Cliopt_Worker_ConcurrencyInputs) => LocalizedString;
export const cliopt_worker_data_dir: (inputs: Cliopt_Worker_Data_DirInputs) => LocalizedString;
export const cliopt_worker_name: (inputs: Cliopt_Worker_NameInputs) => LocalizedString;
export const cliopt_worker_redis: (inputs: Cliopt_Worker_RedisInputs) => LocalizedString;
export const close: (inputs: CloseInputs) => LocalizedString;
export const code_copied: (inputs: Code_CopiedInputs) => LocalizedString;
export const code_copy: (inputs: Code_CopyInputs) => LocalizedString;
export const code_copy_failed: (inputs: Code_Copy_FailedInputs) => LocalizedString;
export const code_copy_title: (inputs: Code_Copy_TitleInputs) => LocalizedString;
export const code_download_title: (inputs: Code_Download_TitleInputs) => LocalizedString;
export const code_label: (inputs: Code_LabelInputs) => LocalizedString;
export const code_title: (inputs: Code_TitleInputs) => LocalizedString;
export const code_updating: (inputs: Code_UpdatingInputs) => LocalizedString;
export const code_warnings: (inputs: Code_WarningsInputs) => LocalizedString;
export const code_writing: (inputs: Code_WritingInputs) => LocalizedString;
export const confusion_fallback: (inputs: Confusion_FallbackInputs) => LocalizedString;
export const confusion_label: (inputs: Confusion_LabelInputs) => LocalizedString;
export const curves_baseline: (inputs: Curves_BaselineInputs) => LocalizedString;
export const curves_confusion_label: (inputs: Curves_Confusion_LabelInputs) => LocalizedString;
export const curves_confusion_title: (inputs: Curves_Confusion_TitleInputs) => LocalizedString;
export const curves_dead_tooltip: (inputs: Curves_Dead_TooltipInputs) => LocalizedString;
export const curves_early_stop: (inputs: Curves_Early_StopInputs) => LocalizedString;
export const curves_heat_across: (inputs: Curves_Heat_AcrossInputs) => LocalizedString;
export const curves_heat_best: (inputs: Curves_Heat_BestInputs) => LocalizedString;
export const curves_heat_better: (inputs: Curves_Heat_BetterInputs) => LocalizedString;
export const curves_heat_caption_folds: (inputs: Curves_Heat_Caption_FoldsInputs) => LocalizedString;
export const curves_heat_caption_holdout: (inputs: Curves_Heat_Caption_HoldoutInputs) => LocalizedString;
export const curves_heat_fixed: (inputs: Curves_Heat_FixedInputs) => LocalizedString;
export const curves_heat_folds: (inputs: Curves_Heat_FoldsInputs) => LocalizedString;
export const curves_heat_holdout: (inputs: Curves_Heat_HoldoutInputs) => LocalizedString;
export const curves_heat_unfinished: (inputs: Curves_Heat_UnfinishedInputs) => LocalizedString;
export const curves_heat_up: (inputs: Curves_Heat_UpInputs) => LocalizedString;
export const curves_heat_worse: (inputs: Curves_Heat_WorseInputs) => LocalizedString;
export const curves_input: (inputs: Curves_InputInputs) => LocalizedString;
export const curves_legend_baseline: (inputs: Curves_Legend_BaselineInputs) => LocalizedString;
export const curves_legend_changes: (inputs: Curves_Legend_ChangesInputs) => LocalizedString;
export const curves_predicted: (inputs: Curves_PredictedInputs) => LocalizedString;
export const curves_spread_tooltip: (inputs: Curves_Spread_TooltipInputs) => LocalizedString;
export const curves_true: (inputs: Curves_TrueInputs) => LocalizedString;
export const curves_weight_from: (inputs: Curves_Weight_FromInputs) => LocalizedString;
export const dataset_examples: (inputs: Dataset_ExamplesInputs) => LocalizedString;
export const dataset_file: (inputs: Dataset_FileInputs) => LocalizedString;
export const dataset_generated: (inputs: Dataset_GeneratedInputs) => LocalizedString;
export const dataset_imdb: (inputs: Dataset_ImdbInputs) => LocalizedString;
export const dataset_info: (inputs: Dataset_InfoInputs) => LocalizedString;
export const dataset_loading: (inputs: Dataset_LoadingInputs) => LocalizedString;
export const dataset_mnist: (inputs: Dataset_MnistInputs) => LocalizedString;
export const dataset_noise: (inputs: Dataset_NoiseInputs) => LocalizedString;
export const dataset_num_words: (inputs: Dataset_Num_WordsInputs) => LocalizedString;
export const dataset_path_computer: (inputs: Dataset_Path_ComputerInputs) => LocalizedString;
export const dataset_path_server: (inputs: Dataset_Path_ServerInputs) => LocalizedString;
export const dataset_set_input: (inputs: Dataset_Set_InputInputs) => LocalizedString;
export const dataset_title: (inputs: Dataset_TitleInputs) => LocalizedString;
export const describe_augmentation: (inputs: Describe_AugmentationInputs) => LocalizedString;
export const describe_batch: (inputs: Describe_BatchInputs) => LocalizedString;
export const describe_early_stopping: (inputs: Describe_Early_StoppingInputs) => LocalizedString;
export const describe_epochs: (inputs: Describe_EpochsInputs) => LocalizedString;
export const describe_fold: (inputs: Describe_FoldInputs) => LocalizedString;
export const describe_label_smoothing: (inputs: Describe_Label_SmoothingInputs) => LocalizedString;
export const describe_no_shuffling: (inputs: Describe_No_ShufflingInputs) => LocalizedString;
export const describe_no_validation: (inputs: Describe_No_ValidationInputs) => LocalizedString;
export const describe_seed: (inputs: Describe_SeedInputs) => LocalizedString;
export const describe_separator: (inputs: Describe_SeparatorInputs) => LocalizedString;
export const describe_shuffled_labels: (inputs: Describe_Shuffled_LabelsInputs) => LocalizedString;
export const describe_subset: (inputs: Describe_SubsetInputs) => LocalizedString;
export const describe_validation_split: (inputs: Describe_Validation_SplitInputs) => LocalizedString;
export const describe_validation_test: (inputs: Describe_Validation_TestInputs) => LocalizedString;
export const dstext_circles: (inputs: Dstext_CirclesInputs) => LocalizedString;
export const dstext_fashion_mnist: (inputs: Dstext_Fashion_MnistInputs) => LocalizedString;
export const dstext_hint: (inputs: Dstext_HintInputs) => LocalizedString;
export const dstext_hint_apt: (inputs: Dstext_Hint_AptInputs) => LocalizedString;
export const dstext_hint_imdb: (inputs: Dstext_Hint_ImdbInputs) => LocalizedString;
export const dstext_imdb: (inputs: Dstext_ImdbInputs) => LocalizedString;
export const dstext_mnist: (inputs: Dstext_MnistInputs) => LocalizedString;
export const dstext_moons: (inputs: Dstext_MoonsInputs) => LocalizedString;
export const dstext_spirals: (inputs: Dstext_SpiralsInputs) => LocalizedString;
export const dstext_spirals_title: (inputs: Dstext_Spirals_TitleInputs) => LocalizedString;
export const dstext_synthetic_title: (inputs: Dstext_Synthetic_TitleInputs) => LocalizedString;
export const duration_minutes: (inputs: Duration_MinutesInputs) => LocalizedString;
export const duration_seconds: (inputs: Duration_SecondsInputs) => LocalizedString;
export const edialog_lab: (inputs: Edialog_LabInputs) => LocalizedString;
export const edialog_lab_or_keras: (inputs: Edialog_Lab_Or_KerasInputs) => LocalizedString;
export const edialog_open_lab: (inputs: Edialog_Open_LabInputs) => LocalizedString;
export const edialog_quit: (inputs: Edialog_QuitInputs) => LocalizedString;
export const edialog_store_cannot_open: (inputs: Edialog_Store_Cannot_OpenInputs) => LocalizedString;
export const edialog_store_damaged: (inputs: Edialog_Store_DamagedInputs) => LocalizedString;
export const edialog_store_move_aside: (inputs: Edialog_Store_Move_AsideInputs) => LocalizedString;
export const edialog_store_moved: (inputs: Edialog_Store_MovedInputs) => LocalizedString;
export const error_augment_needs_images: (inputs: Error_Augment_Needs_ImagesInputs) => LocalizedString;
export const error_augment_not_images: (inputs: Error_Augment_Not_ImagesInputs) => LocalizedString;
export const error_backend_none: (inputs: Error_Backend_NoneInputs) => LocalizedString;
export const error_backend_unknown: (inputs: Error_Backend_UnknownInputs) => LocalizedString;
export const error_budget_needs: (inputs: Error_Budget_NeedsInputs) => LocalizedString;
export const error_budget_not_free: (inputs: Error_Budget_Not_FreeInputs) => LocalizedString;
export const error_budget_over_half: (inputs: Error_Budget_Over_HalfInputs) => LocalizedString;
export const error_builtin_missing: (inputs: Error_Builtin_MissingInputs) => LocalizedString;
export const error_builtin_missing_partial: (inputs: Error_Builtin_Missing_PartialInputs) => LocalizedString;
export const error_builtin_no_folders: (inputs: Error_Builtin_No_FoldersInputs) => LocalizedString;
export const error_busy_delete_grid: (inputs: Error_Busy_Delete_GridInputs) => LocalizedString;
export const error_busy_delete_run: (inputs: Error_Busy_Delete_RunInputs) => LocalizedString;
export const error_busy_grid_running: (inputs: Error_Busy_Grid_RunningInputs) => LocalizedString;
export const error_busy_repair_store: (inputs: Error_Busy_Repair_StoreInputs) => LocalizedString;
export const error_class_host: (inputs: Error_Class_HostInputs) => LocalizedString;
export const error_class_no_pool: (inputs: Error_Class_No_PoolInputs) => LocalizedString;
export const error_cli_class_only: (inputs: Error_Cli_Class_OnlyInputs) => LocalizedString;
export const error_cli_concurrency: (inputs: Error_Cli_ConcurrencyInputs) => LocalizedString;
export const error_cli_import_json: (inputs: Error_Cli_Import_JsonInputs) => LocalizedString;
export const error_cli_lab_and_model: (inputs: Error_Cli_Lab_And_ModelInputs) => LocalizedString;
export const error_cli_lab_no_weights: (inputs: Error_Cli_Lab_No_WeightsInputs) => LocalizedString;
export const error_cli_lang: (inputs: Error_Cli_LangInputs) => LocalizedString;
export const error_cli_model_file_and_model: (inputs: Error_Cli_Model_File_And_ModelInputs) => LocalizedString;
export const error_cli_model_invalid: (inputs: Error_Cli_Model_InvalidInputs) => LocalizedString;
export const error_cli_model_needs_dataset: (inputs: Error_Cli_Model_Needs_DatasetInputs) => LocalizedString;
export const error_cli_model_too_large: (inputs: Error_Cli_Model_Too_LargeInputs) => LocalizedString;
export const error_cli_no_epoch: (inputs: Error_Cli_No_EpochInputs) => LocalizedString;
export const error_cli_no_grid: (inputs: Error_Cli_No_GridInputs) => LocalizedString;
export const error_cli_no_insights: (inputs: Error_Cli_No_InsightsInputs) => LocalizedString;
export const error_cli_no_quick: (inputs: Error_Cli_No_QuickInputs) => LocalizedString;
export const error_cli_no_run: (inputs: Error_Cli_No_RunInputs) => LocalizedString;
export const error_cli_no_run_or_lab: (inputs: Error_Cli_No_Run_Or_LabInputs) => LocalizedString;
export const error_cli_no_run_or_model: (inputs: Error_Cli_No_Run_Or_ModelInputs) => LocalizedString;
export const error_cli_not_guided: (inputs: Error_Cli_Not_GuidedInputs) => LocalizedString;
export const error_cli_redis_not_class: (inputs: Error_Cli_Redis_Not_ClassInputs) => LocalizedString;
export const error_cli_report_folder: (inputs: Error_Cli_Report_FolderInputs) => LocalizedString;
export const error_cli_report_format: (inputs: Error_Cli_Report_FormatInputs) => LocalizedString;
export const error_cli_run_no_weights: (inputs: Error_Cli_Run_No_WeightsInputs) => LocalizedString;
export const error_cli_sweep_syntax: (inputs: Error_Cli_Sweep_SyntaxInputs) => LocalizedString;
export const error_cli_train_what: (inputs: Error_Cli_Train_WhatInputs) => LocalizedString;
export const error_cli_training_setting: (inputs: Error_Cli_Training_SettingInputs) => LocalizedString;
export const error_cli_unknown_dataset: (inputs: Error_Cli_Unknown_DatasetInputs) => LocalizedString;
export const error_cli_validation: (inputs: Error_Cli_ValidationInputs) => LocalizedString;
export const error_cli_worker_name: (inputs: Error_Cli_Worker_NameInputs) => LocalizedString;
export const error_context: (inputs: Error_ContextInputs) => LocalizedString;
export const error_csv_label_column: (inputs: Error_Csv_Label_ColumnInputs) => LocalizedString;
export const error_csv_no_column_index: (inputs: Error_Csv_No_Column_IndexInputs) => LocalizedString;
export const error_csv_no_column_name: (inputs: Error_Csv_No_Column_NameInputs) => LocalizedString;
export const error_csv_no_header: (inputs: Error_Csv_No_HeaderInputs) => LocalizedString;
export const error_csv_not_number: (inputs: Error_Csv_Not_NumberInputs) => LocalizedString;
export const error_csv_one_column: (inputs: Error_Csv_One_ColumnInputs) => LocalizedString;
export const error_csv_quotes: (inputs: Error_Csv_QuotesInputs) => LocalizedString;
export const error_csv_row: (inputs: Error_Csv_RowInputs) => LocalizedString;
export const error_csv_row_width: (inputs: Error_Csv_Row_WidthInputs) => LocalizedString;
export const error_csv_the_header: (inputs: Error_Csv_The_HeaderInputs) => LocalizedString;
export const error_data_bad_gzip: (inputs: Error_Data_Bad_GzipInputs) => LocalizedString;
export const error_data_denied: (inputs: Error_Data_DeniedInputs) => LocalizedString;
export const error_data_empty_file: (inputs: Error_Data_Empty_FileInputs) => LocalizedString;
export const error_data_folder: (inputs: Error_Data_FolderInputs) => LocalizedString;
export const error_data_header_only: (inputs: Error_Data_Header_OnlyInputs) => LocalizedString;
export const error_data_inflates: (inputs: Error_Data_InflatesInputs) => LocalizedString;
export const error_data_missing: (inputs: Error_Data_MissingInputs) => LocalizedString;
export const error_data_no_class_folders: (inputs: Error_Data_No_Class_FoldersInputs) => LocalizedString;
export const error_data_npy_alone: (inputs: Error_Data_Npy_AloneInputs) => LocalizedString;
export const error_data_partial_files: (inputs: Error_Data_Partial_FilesInputs) => LocalizedString;
export const error_data_partial_folder: (inputs: Error_Data_Partial_FolderInputs) => LocalizedString;
export const error_data_partial_folders: (inputs: Error_Data_Partial_FoldersInputs) => LocalizedString;
export const error_data_unknown_kind: (inputs: Error_Data_Unknown_KindInputs) => LocalizedString;
export const error_data_unreadable: (inputs: Error_Data_UnreadableInputs) => LocalizedString;
export const error_details_in_log: (inputs: Error_Details_In_LogInputs) => LocalizedString;
export const error_disconnected: (inputs: Error_DisconnectedInputs) => LocalizedString;
export const error_diverged: (inputs: Error_DivergedInputs) => LocalizedString;
export const error_doing_check_steps: (inputs: Error_Doing_Check_StepsInputs) => LocalizedString;
export const error_doing_delete_grid: (inputs: Error_Doing_Delete_GridInputs) => LocalizedString;
export const error_doing_delete_run: (inputs: Error_Doing_Delete_RunInputs) => LocalizedString;
export const error_doing_evaluate: (inputs: Error_Doing_EvaluateInputs) => LocalizedString;
export const error_doing_list_grids: (inputs: Error_Doing_List_GridsInputs) => LocalizedString;
export const error_doing_list_labs: (inputs: Error_Doing_List_LabsInputs) => LocalizedString;
export const error_doing_list_library: (inputs: Error_Doing_List_LibraryInputs) => LocalizedString;
export const error_doing_list_runs: (inputs: Error_Doing_List_RunsInputs) => LocalizedString;
export const error_doing_load_grid: (inputs: Error_Doing_Load_GridInputs) => LocalizedString;
export const error_doing_load_run: (inputs: Error_Doing_Load_RunInputs) => LocalizedString;
export const error_doing_open_file: (inputs: Error_Doing_Open_FileInputs) => LocalizedString;
export const error_doing_open_lab: (inputs: Error_Doing_Open_LabInputs) => LocalizedString;
export const error_doing_open_named: (inputs: Error_Doing_Open_NamedInputs) => LocalizedString;
export const error_doing_rename_run: (inputs: Error_Doing_Rename_RunInputs) => LocalizedString;
export const error_doing_repair_store: (inputs: Error_Doing_Repair_StoreInputs) => LocalizedString;
export const error_doing_save_lab: (inputs: Error_Doing_Save_LabInputs) => LocalizedString;
export const error_doing_start_grid: (inputs: Error_Doing_Start_GridInputs) => LocalizedString;
export const error_doing_start_training: (inputs: Error_Doing_Start_TrainingInputs) => LocalizedString;
export const error_doing_stop_grid: (inputs: Error_Doing_Stop_GridInputs) => LocalizedString;
export const error_download_broke: (inputs: Error_Download_BrokeInputs) => LocalizedString;
export const error_download_by_hand: (inputs: Error_Download_By_HandInputs) => LocalizedString;
export const error_download_http: (inputs: Error_Download_HttpInputs) => LocalizedString;
export const error_download_md5: (inputs: Error_Download_Md5Inputs) => LocalizedString;
export const error_download_mkdir: (inputs: Error_Download_MkdirInputs) => LocalizedString;
export const error_download_unreachable: (inputs: Error_Download_UnreachableInputs) => LocalizedString;
export const error_early_stopping_no_validation: (inputs: Error_Early_Stopping_No_ValidationInputs) => LocalizedString;
export const error_export_no_history: (inputs: Error_Export_No_HistoryInputs) => LocalizedString;
export const error_export_no_history_cli: (inputs: Error_Export_No_History_CliInputs) => LocalizedString;
export const error_export_no_weights: (inputs: Error_Export_No_WeightsInputs) => LocalizedString;
export const error_file_binary: (inputs: Error_File_BinaryInputs) => LocalizedString;
export const error_file_missing: (inputs: Error_File_MissingInputs) => LocalizedString;
export const error_file_too_large: (inputs: Error_File_Too_LargeInputs) => LocalizedString;
export const error_fold_missing: (inputs: Error_Fold_MissingInputs) => LocalizedString;
export const error_fold_too_few: (inputs: Error_Fold_Too_FewInputs) => LocalizedString;
export const error_fs_action_mkdir: (inputs: Error_Fs_Action_MkdirInputs) => LocalizedString;
export const error_fs_action_read: (inputs: Error_Fs_Action_ReadInputs) => LocalizedString;
export const error_fs_action_write: (inputs: Error_Fs_Action_WriteInputs) => LocalizedString;
export const error_fs_cannot_mkdir: (inputs: Error_Fs_Cannot_MkdirInputs) => LocalizedString;
export const error_fs_disk_full: (inputs: Error_Fs_Disk_FullInputs) => LocalizedString;
export const error_fs_exists: (inputs: Error_Fs_ExistsInputs) => LocalizedString;
export const error_fs_failed: (inputs: Error_Fs_FailedInputs) => LocalizedString;
export const error_fs_is_folder: (inputs: Error_Fs_Is_FolderInputs) => LocalizedString;
export const error_fs_loop: (inputs: Error_Fs_LoopInputs) => LocalizedString;
export const error_fs_missing: (inputs: Error_Fs_MissingInputs) => LocalizedString;
export const error_fs_no_parent: (inputs: Error_Fs_No_ParentInputs) => LocalizedString;
export const error_fs_not_folder: (inputs: Error_Fs_Not_FolderInputs) => LocalizedString;
export const error_fs_permission: (inputs: Error_Fs_PermissionInputs) => LocalizedString;
export const error_fs_read_only: (inputs: Error_Fs_Read_OnlyInputs) => LocalizedString;
export const error_fs_system: (inputs: Error_Fs_SystemInputs) => LocalizedString;
export const error_fs_too_long: (inputs: Error_Fs_Too_LongInputs) => LocalizedString;
export const error_fs_too_many_open: (inputs: Error_Fs_Too_Many_OpenInputs) => LocalizedString;
export const error_future_version_graph: (inputs: Error_Future_Version_GraphInputs) => LocalizedString;
export const error_future_version_lab: (inputs: Error_Future_Version_LabInputs) => LocalizedString;
export const error_graph_invalid: (inputs: Error_Graph_InvalidInputs) => LocalizedString;
export const error_graph_not_object: (inputs: Error_Graph_Not_ObjectInputs) => LocalizedString;
export const error_grid_at_least: (inputs: Error_Grid_At_LeastInputs) => LocalizedString;
export const error_grid_at_most: (inputs: Error_Grid_At_MostInputs) => LocalizedString;
export const error_grid_bool: (inputs: Error_Grid_BoolInputs) => LocalizedString;
export const error_grid_invalid: (inputs: Error_Grid_InvalidInputs) => LocalizedString;
export const error_grid_is_value: (inputs: Error_Grid_Is_ValueInputs) => LocalizedString;
export const error_grid_less_than: (inputs: Error_Grid_Less_ThanInputs) => LocalizedString;
export const error_grid_more_than: (inputs: Error_Grid_More_ThanInputs) => LocalizedString;
export const error_grid_no_param: (inputs: Error_Grid_No_ParamInputs) => LocalizedString;
export const error_grid_none: (inputs: Error_Grid_NoneInputs) => LocalizedString;
export const error_grid_not_number: (inputs: Error_Grid_Not_NumberInputs) => LocalizedString;
export const error_grid_not_sweepable: (inputs: Error_Grid_Not_SweepableInputs) => LocalizedString;
export const error_grid_not_whole: (inputs: Error_Grid_Not_WholeInputs) => LocalizedString;
export const error_grid_numbers: (inputs: Error_Grid_NumbersInputs) => LocalizedString;
export const error_grid_optimizer: (inputs: Error_Grid_OptimizerInputs) => LocalizedString;
export const error_grid_refit_failed: (inputs: Error_Grid_Refit_FailedInputs) => LocalizedString;
export const error_grid_regularizer_path: (inputs: Error_Grid_Regularizer_PathInputs) => LocalizedString;
export const error_grid_see_its_runs: (inputs: Error_Grid_See_Its_RunsInputs) => LocalizedString;
export const error_grid_see_their_runs: (inputs: Error_Grid_See_Their_RunsInputs) => LocalizedString;
export const error_grid_selector: (inputs: Error_Grid_SelectorInputs) => LocalizedString;
export const error_grid_setting: (inputs: Error_Grid_SettingInputs) => LocalizedString;
export const error_grid_times: (inputs: Error_Grid_TimesInputs) => LocalizedString;
export const error_grid_too_many: (inputs: Error_Grid_Too_ManyInputs) => LocalizedString;
export const error_grid_trial: (inputs: Error_Grid_TrialInputs) => LocalizedString;
export const error_grid_trial_failed: (inputs: Error_Grid_Trial_FailedInputs) => LocalizedString;
export const error_grid_trial_model: (inputs: Error_Grid_Trial_ModelInputs) => LocalizedString;
export const error_grid_trial_no_start: (inputs: Error_Grid_Trial_No_StartInputs) => LocalizedString;
export const error_grid_trial_training: (inputs: Error_Grid_Trial_TrainingInputs) => LocalizedString;
export const error_grid_trials_failed: (inputs: Error_Grid_Trials_FailedInputs) => LocalizedString;
export const error_grid_twice: (inputs: Error_Grid_TwiceInputs) => LocalizedString;
export const error_grid_values_of: (inputs: Error_Grid_Values_OfInputs) => LocalizedString;
export const error_host_invalid_arguments: (inputs: Error_Host_Invalid_ArgumentsInputs) => LocalizedString;
export const error_host_unknown_method: (inputs: Error_Host_Unknown_MethodInputs) => LocalizedString;
export const error_idx_extra: (inputs: Error_Idx_ExtraInputs) => LocalizedString;
export const error_idx_images_of: (inputs: Error_Idx_Images_OfInputs) => LocalizedString;
export const error_idx_labels_of: (inputs: Error_Idx_Labels_OfInputs) => LocalizedString;
export const error_idx_magic: (inputs: Error_Idx_MagicInputs) => LocalizedString;
export const error_idx_not_images: (inputs: Error_Idx_Not_ImagesInputs) => LocalizedString;
export const error_idx_not_labels: (inputs: Error_Idx_Not_LabelsInputs) => LocalizedString;
export const error_idx_swapped_images: (inputs: Error_Idx_Swapped_ImagesInputs) => LocalizedString;
export const error_idx_swapped_labels: (inputs: Error_Idx_Swapped_LabelsInputs) => LocalizedString;
export const error_idx_too_short: (inputs: Error_Idx_Too_ShortInputs) => LocalizedString;
export const error_idx_truncated: (inputs: Error_Idx_TruncatedInputs) => LocalizedString;
export const error_idx_truncated_header: (inputs: Error_Idx_Truncated_HeaderInputs) => LocalizedString;
export const error_images_none: (inputs: Error_Images_NoneInputs) => LocalizedString;
export const error_images_not_image: (inputs: Error_Images_Not_ImageInputs) => LocalizedString;
export const error_images_test_class: (inputs: Error_Images_Test_ClassInputs) => LocalizedString;
export const error_images_test_classes: (inputs: Error_Images_Test_ClassesInputs) => LocalizedString;
export const error_images_too_big: (inputs: Error_Images_Too_BigInputs) => LocalizedString;
export const error_images_too_many: (inputs: Error_Images_Too_ManyInputs) => LocalizedString;
export const error_images_undecodable: (inputs: Error_Images_UndecodableInputs) => LocalizedString;
export const error_imdb_archive: (inputs: Error_Imdb_ArchiveInputs) => LocalizedString;
export const error_imdb_inside: (inputs: Error_Imdb_InsideInputs) => LocalizedString;
export const error_imdb_no_reviews: (inputs: Error_Imdb_No_ReviewsInputs) => LocalizedString;
export const error_in_step: (inputs: Error_In_StepInputs) => LocalizedString;
export const error_in_where: (inputs: Error_In_WhereInputs) => LocalizedString;
export const error_internal: (inputs: Error_InternalInputs) => LocalizedString;
export const error_json_at: (inputs: Error_Json_AtInputs) => LocalizedString;
export const error_json_character: (inputs: Error_Json_CharacterInputs) => LocalizedString;
export const error_json_ends: (inputs: Error_Json_EndsInputs) => LocalizedString;
export const error_keras_activation: (inputs: Error_Keras_ActivationInputs) => LocalizedString;
export const error_keras_bad_value: (inputs: Error_Keras_Bad_ValueInputs) => LocalizedString;
export const error_keras_batchnorm_axis: (inputs: Error_Keras_Batchnorm_AxisInputs) => LocalizedString;
export const error_keras_expected_batch_shape: (inputs: Error_Keras_Expected_Batch_ShapeInputs) => LocalizedString;
export const error_keras_expected_bool: (inputs: Error_Keras_Expected_BoolInputs) => LocalizedString;
export const error_keras_expected_input_shape: (inputs: Error_Keras_Expected_Input_ShapeInputs) => LocalizedString;
export const error_keras_expected_int: (inputs: Error_Keras_Expected_IntInputs) => LocalizedString;
export const error_keras_expected_int_list: (inputs: Error_Keras_Expected_Int_ListInputs) => LocalizedString;
export const error_keras_expected_number: (inputs: Error_Keras_Expected_NumberInputs) => LocalizedString;
export const error_keras_expected_pair: (inputs: Error_Keras_Expected_PairInputs) => LocalizedString;
export const error_keras_export_invalid: (inputs: Error_Keras_Export_InvalidInputs) => LocalizedString;
export const error_keras_in: (inputs: Error_Keras_InInputs) => LocalizedString;
export const error_keras_in_line: (inputs: Error_Keras_In_LineInputs) => LocalizedString;
export const error_keras_inbound_empty: (inputs: Error_Keras_Inbound_EmptyInputs) => LocalizedString;
export const error_keras_inbound_not_list: (inputs: Error_Keras_Inbound_Not_ListInputs) => LocalizedString;
export const error_keras_input_not_first: (inputs: Error_Keras_Input_Not_FirstInputs) => LocalizedString;
export const error_keras_layer: (inputs: Error_Keras_LayerInputs) => LocalizedString;
export const error_keras_layer_named: (inputs: Error_Keras_Layer_NamedInputs) => LocalizedString;
export const error_keras_layer_number: (inputs: Error_Keras_Layer_NumberInputs) => LocalizedString;
export const error_keras_loop: (inputs: Error_Keras_LoopInputs) => LocalizedString;
export const error_keras_merge_in_sequential: (inputs: Error_Keras_Merge_In_SequentialInputs) => LocalizedString;
export const error_keras_needs_default: (inputs: Error_Keras_Needs_DefaultInputs) => LocalizedString;
export const error_keras_nested_model: (inputs: Error_Keras_Nested_ModelInputs) => LocalizedString;
export const error_keras_no_class_name: (inputs: Error_Keras_No_Class_NameInputs) => LocalizedString;
export const error_keras_no_input_shape: (inputs: Error_Keras_No_Input_ShapeInputs) => LocalizedString;
export const error_keras_no_layers: (inputs: Error_Keras_No_LayersInputs) => LocalizedString;
export const error_keras_no_layers_sequential: (inputs: Error_Keras_No_Layers_SequentialInputs) => LocalizedString;
export const error_keras_not_json: (inputs: Error_Keras_Not_JsonInputs) => LocalizedString;
export const error_keras_not_model: (inputs: Error_Keras_Not_ModelInputs) => LocalizedString;
export const error_keras_not_model_class: (inputs: Error_Keras_Not_Model_ClassInputs) => LocalizedString;
export const error_keras_padding: (inputs: Error_Keras_PaddingInputs) => LocalizedString;
export const error_keras_place_code: (inputs: Error_Keras_Place_CodeInputs) => LocalizedString;
export const error_keras_place_code_start: (inputs: Error_Keras_Place_Code_StartInputs) => LocalizedString;
export const error_keras_place_model: (inputs: Error_Keras_Place_ModelInputs) => LocalizedString;
export const error_keras_place_model_start: (inputs: Error_Keras_Place_Model_StartInputs) => LocalizedString;
export const error_keras_reads_other_output: (inputs: Error_Keras_Reads_Other_OutputInputs) => LocalizedString;
export const error_keras_regularizer: (inputs: Error_Keras_RegularizerInputs) => LocalizedString;
export const error_keras_same_name: (inputs: Error_Keras_Same_NameInputs) => LocalizedString;
export const error_keras_shape_not_fixed: (inputs: Error_Keras_Shape_Not_FixedInputs) => LocalizedString;
export const error_keras_shared_layer: (inputs: Error_Keras_Shared_LayerInputs) => LocalizedString;
export const error_keras_unknown_end: (inputs: Error_Keras_Unknown_EndInputs) => LocalizedString;
export const error_keras_unknown_source: (inputs: Error_Keras_Unknown_SourceInputs) => LocalizedString;
export const error_keras_unsupported_class: (inputs: Error_Keras_Unsupported_ClassInputs) => LocalizedString;
export const error_keras_uses_channels_last: (inputs: Error_Keras_Uses_Channels_LastInputs) => LocalizedString;
export const error_keras_uses_dense_tensors: (inputs: Error_Keras_Uses_Dense_TensorsInputs) => LocalizedString;
export const error_keras_uses_dilation_1: (inputs: Error_Keras_Uses_Dilation_1Inputs) => LocalizedString;
export const error_keras_uses_float32_weights: (inputs: Error_Keras_Uses_Float32_WeightsInputs) => LocalizedString;
export const error_keras_uses_groups_1: (inputs: Error_Keras_Uses_Groups_1Inputs) => LocalizedString;
export const error_keras_uses_keepdims: (inputs: Error_Keras_Uses_KeepdimsInputs) => LocalizedString;
export const error_keras_uses_no_adjustment: (inputs: Error_Keras_Uses_No_AdjustmentInputs) => LocalizedString;
export const error_keras_uses_no_constraint: (inputs: Error_Keras_Uses_No_ConstraintInputs) => LocalizedString;
export const error_keras_uses_no_lora: (inputs: Error_Keras_Uses_No_LoraInputs) => LocalizedString;
export const error_keras_uses_no_renorm: (inputs: Error_Keras_Uses_No_RenormInputs) => LocalizedString;
export const error_keras_uses_no_seed: (inputs: Error_Keras_Uses_No_SeedInputs) => LocalizedString;
export const error_keras_uses_none: (inputs: Error_Keras_Uses_NoneInputs) => LocalizedString;
export const error_keras_uses_one_mask: (inputs: Error_Keras_Uses_One_MaskInputs) => LocalizedString;
export const error_keras_uses_required_input: (inputs: Error_Keras_Uses_Required_InputInputs) => LocalizedString;
export const error_keras_uses_unsynchronized: (inputs: Error_Keras_Uses_UnsynchronizedInputs) => LocalizedString;
export const error_keras_uses_whole_batch: (inputs: Error_Keras_Uses_Whole_BatchInputs) => LocalizedString;
export const error_kwarn_activation: (inputs: Error_Kwarn_ActivationInputs) => LocalizedString;
export const error_kwarn_batch_size: (inputs: Error_Kwarn_Batch_SizeInputs) => LocalizedString;
export const error_kwarn_batchnorm_axis: (inputs: Error_Kwarn_Batchnorm_AxisInputs) => LocalizedString;
export const error_kwarn_dataset_unknown: (inputs: Error_Kwarn_Dataset_UnknownInputs) => LocalizedString;
export const error_kwarn_dtype: (inputs: Error_Kwarn_DtypeInputs) => LocalizedString;
export const error_kwarn_from_logits: (inputs: Error_Kwarn_From_LogitsInputs) => LocalizedString;
export const error_kwarn_frozen: (inputs: Error_Kwarn_FrozenInputs) => LocalizedString;
export const error_kwarn_layer: (inputs: Error_Kwarn_LayerInputs) => LocalizedString;
export const error_kwarn_loss: (inputs: Error_Kwarn_LossInputs) => LocalizedString;
export const error_kwarn_lr_schedule: (inputs: Error_Kwarn_Lr_ScheduleInputs) => LocalizedString;
export const error_kwarn_mnist: (inputs: Error_Kwarn_MnistInputs) => LocalizedString;
export const error_kwarn_nesterov: (inputs: Error_Kwarn_NesterovInputs) => LocalizedString;
export const error_kwarn_not_modeled: (inputs: Error_Kwarn_Not_ModeledInputs) => LocalizedString;
export const error_kwarn_optimizer: (inputs: Error_Kwarn_OptimizerInputs) => LocalizedString;
export const error_kwarn_padding: (inputs: Error_Kwarn_PaddingInputs) => LocalizedString;
export const error_kwarn_regularizer: (inputs: Error_Kwarn_RegularizerInputs) => LocalizedString;
export const error_kwarn_training_config: (inputs: Error_Kwarn_Training_ConfigInputs) => LocalizedString;
export const error_kwarn_unknown_setting: (inputs: Error_Kwarn_Unknown_SettingInputs) => LocalizedString;
export const error_lab_no_name: (inputs: Error_Lab_No_NameInputs) => LocalizedString;
export const error_lab_not_object: (inputs: Error_Lab_Not_ObjectInputs) => LocalizedString;
export const error_lab_settings: (inputs: Error_Lab_SettingsInputs) => LocalizedString;
export const error_lab_wrong_format: (inputs: Error_Lab_Wrong_FormatInputs) => LocalizedString;
export const error_labels_empty: (inputs: Error_Labels_EmptyInputs) => LocalizedString;
export const error_labels_not_whole: (inputs: Error_Labels_Not_WholeInputs) => LocalizedString;
export const error_labels_one_class: (inputs: Error_Labels_One_ClassInputs) => LocalizedString;
export const error_layout_invalid_model: (inputs: Error_Layout_Invalid_ModelInputs) => LocalizedString;
export const error_layout_not_float32: (inputs: Error_Layout_Not_Float32Inputs) => LocalizedString;
export const error_layout_not_valid: (inputs: Error_Layout_Not_ValidInputs) => LocalizedString;
export const error_layout_quantized: (inputs: Error_Layout_QuantizedInputs) => LocalizedString;
export const error_layout_slash_in_name: (inputs: Error_Layout_Slash_In_NameInputs) => LocalizedString;
export const error_layout_weight_extra: (inputs: Error_Layout_Weight_ExtraInputs) => LocalizedString;
export const error_layout_weight_missing: (inputs: Error_Layout_Weight_MissingInputs) => LocalizedString;
export const error_layout_weights_end: (inputs: Error_Layout_Weights_EndInputs) => LocalizedString;
export const error_library_no_lab: (inputs: Error_Library_No_LabInputs) => LocalizedString;
export const error_library_no_quick: (inputs: Error_Library_No_QuickInputs) => LocalizedString;
export const error_library_quick_invalid: (inputs: Error_Library_Quick_InvalidInputs) => LocalizedString;
export const error_mnist_count: (inputs: Error_Mnist_CountInputs) => LocalizedString;
export const error_mnist_dims: (inputs: Error_Mnist_DimsInputs) => LocalizedString;
export const error_mnist_label_range: (inputs: Error_Mnist_Label_RangeInputs) => LocalizedString;
export const error_mnist_split_shapes: (inputs: Error_Mnist_Split_ShapesInputs) => LocalizedString;
export const error_model_file_bad_hdf5: (inputs: Error_Model_File_Bad_Hdf5Inputs) => LocalizedString;
export const error_model_file_bad_zip: (inputs: Error_Model_File_Bad_ZipInputs) => LocalizedString;
export const error_model_file_member_size: (inputs: Error_Model_File_Member_SizeInputs) => LocalizedString;
export const error_model_file_member_too_large: (inputs: Error_Model_File_Member_Too_LargeInputs) => LocalizedString;
export const error_model_file_no_weights: (inputs: Error_Model_File_No_WeightsInputs) => LocalizedString;
export const error_model_file_not_keras: (inputs: Error_Model_File_Not_KerasInputs) => LocalizedString;
export const error_model_file_weight_count: (inputs: Error_Model_File_Weight_CountInputs) => LocalizedString;
export const error_model_file_weight_missing: (inputs: Error_Model_File_Weight_MissingInputs) => LocalizedString;
export const error_model_file_weight_shape: (inputs: Error_Model_File_Weight_ShapeInputs) => LocalizedString;
export const error_model_file_weights_only: (inputs: Error_Model_File_Weights_OnlyInputs) => LocalizedString;
export const error_model_file_weights_orphan: (inputs: Error_Model_File_Weights_OrphanInputs) => LocalizedString;
export const error_model_file_zip_without: (inputs: Error_Model_File_Zip_WithoutInputs) => LocalizedString;
export const error_no_test_set_evaluate: (inputs: Error_No_Test_Set_EvaluateInputs) => LocalizedString;
export const error_no_test_set_validate: (inputs: Error_No_Test_Set_ValidateInputs) => LocalizedString;
export const error_no_weights_gone: (inputs: Error_No_Weights_GoneInputs) => LocalizedString;
export const error_no_weights_run: (inputs: Error_No_Weights_RunInputs) => LocalizedString;
export const error_not_found_grid: (inputs: Error_Not_Found_GridInputs) => LocalizedString;
export const error_not_found_run: (inputs: Error_Not_Found_RunInputs) => LocalizedString;
export const error_not_lab_or_keras: (inputs: Error_Not_Lab_Or_KerasInputs) => LocalizedString;
export const error_not_running_grid: (inputs: Error_Not_Running_GridInputs) => LocalizedString;
export const error_not_running_queued: (inputs: Error_Not_Running_QueuedInputs) => LocalizedString;
export const error_not_running_run: (inputs: Error_Not_Running_RunInputs) => LocalizedString;
export const error_npy_bad_header: (inputs: Error_Npy_Bad_HeaderInputs) => LocalizedString;
export const error_npy_bad_shape: (inputs: Error_Npy_Bad_ShapeInputs) => LocalizedString;
export const error_npy_big_endian: (inputs: Error_Npy_Big_EndianInputs) => LocalizedString;
export const error_npy_dtype: (inputs: Error_Npy_DtypeInputs) => LocalizedString;
export const error_npy_fortran: (inputs: Error_Npy_FortranInputs) => LocalizedString;
export const error_npy_not_npy: (inputs: Error_Npy_Not_NpyInputs) => LocalizedString;
export const error_npy_objects: (inputs: Error_Npy_ObjectsInputs) => LocalizedString;
export const error_npy_structured: (inputs: Error_Npy_StructuredInputs) => LocalizedString;
export const error_npy_too_large: (inputs: Error_Npy_Too_LargeInputs) => LocalizedString;
export const error_npy_truncated: (inputs: Error_Npy_TruncatedInputs) => LocalizedString;
export const error_npy_truncated_header: (inputs: Error_Npy_Truncated_HeaderInputs) => LocalizedString;
export const error_npy_version: (inputs: Error_Npy_VersionInputs) => LocalizedString;
export const error_npz_array: (inputs: Error_Npz_ArrayInputs) => LocalizedString;
export const error_npz_array_then: (inputs: Error_Npz_Array_ThenInputs) => LocalizedString;
export const error_npz_count_mismatch: (inputs: Error_Npz_Count_MismatchInputs) => LocalizedString;
export const error_npz_entry_size: (inputs: Error_Npz_Entry_SizeInputs) => LocalizedString;
export const error_npz_feature_shape: (inputs: Error_Npz_Feature_ShapeInputs) => LocalizedString;
export const error_npz_found_arrays: (inputs: Error_Npz_Found_ArraysInputs) => LocalizedString;
export const error_npz_found_none: (inputs: Error_Npz_Found_NoneInputs) => LocalizedString;
export const error_npz_half_test: (inputs: Error_Npz_Half_TestInputs) => LocalizedString;
export const error_npz_label_shape: (inputs: Error_Npz_Label_ShapeInputs) => LocalizedString;
export const error_npz_no_arrays: (inputs: Error_Npz_No_ArraysInputs) => LocalizedString;
export const error_npz_not_finite: (inputs: Error_Npz_Not_FiniteInputs) => LocalizedString;
export const error_npz_not_one_hot: (inputs: Error_Npz_Not_One_HotInputs) => LocalizedString;
export const error_npz_test_shape: (inputs: Error_Npz_Test_ShapeInputs) => LocalizedString;
export const error_npz_too_large: (inputs: Error_Npz_Too_LargeInputs) => LocalizedString;
export const error_npz_unreadable: (inputs: Error_Npz_UnreadableInputs) => LocalizedString;
export const error_onnx_extra_layer: (inputs: Error_Onnx_Extra_LayerInputs) => LocalizedString;
export const error_onnx_invalid_graph: (inputs: Error_Onnx_Invalid_GraphInputs) => LocalizedString;
export const error_onnx_weight_dtype: (inputs: Error_Onnx_Weight_DtypeInputs) => LocalizedString;
export const error_onnx_weight_none: (inputs: Error_Onnx_Weight_NoneInputs) => LocalizedString;
export const error_onnx_weight_shape: (inputs: Error_Onnx_Weight_ShapeInputs) => LocalizedString;
export const error_onnx_weight_unknown: (inputs: Error_Onnx_Weight_UnknownInputs) => LocalizedString;
export const error_onnx_weights_end: (inputs: Error_Onnx_Weights_EndInputs) => LocalizedString;
export const error_path_for_datasets: (inputs: Error_Path_For_DatasetsInputs) => LocalizedString;
export const error_path_for_exports: (inputs: Error_Path_For_ExportsInputs) => LocalizedString;
export const error_path_for_labs: (inputs: Error_Path_For_LabsInputs) => LocalizedString;
export const error_path_for_reports: (inputs: Error_Path_For_ReportsInputs) => LocalizedString;
export const error_path_leads_to: (inputs: Error_Path_Leads_ToInputs) => LocalizedString;
export const error_path_outside_reads: (inputs: Error_Path_Outside_ReadsInputs) => LocalizedString;
export const error_path_outside_writes: (inputs: Error_Path_Outside_WritesInputs) => LocalizedString;
export const error_pool_disconnected: (inputs: Error_Pool_DisconnectedInputs) => LocalizedString;
export const error_pool_grid_running: (inputs: Error_Pool_Grid_RunningInputs) => LocalizedString;
export const error_pool_job_malformed: (inputs: Error_Pool_Job_MalformedInputs) => LocalizedString;
export const error_pool_job_version: (inputs: Error_Pool_Job_VersionInputs) => LocalizedString;
export const error_pool_lost_minute: (inputs: Error_Pool_Lost_MinuteInputs) => LocalizedString;
export const error_pool_lost_minutes: (inputs: Error_Pool_Lost_MinutesInputs) => LocalizedString;
export const error_pool_no_answer: (inputs: Error_Pool_No_AnswerInputs) => LocalizedString;
export const error_pool_no_host: (inputs: Error_Pool_No_HostInputs) => LocalizedString;
export const error_pool_none: (inputs: Error_Pool_NoneInputs) => LocalizedString;
export const error_pool_not_connected: (inputs: Error_Pool_Not_ConnectedInputs) => LocalizedString;
export const error_pool_not_redis_url: (inputs: Error_Pool_Not_Redis_UrlInputs) => LocalizedString;
export const error_pool_record_malformed: (inputs: Error_Pool_Record_MalformedInputs) => LocalizedString;
export const error_pool_silent: (inputs: Error_Pool_SilentInputs) => LocalizedString;
export const error_pool_the_job: (inputs: Error_Pool_The_JobInputs) => LocalizedString;
export const error_pool_the_record: (inputs: Error_Pool_The_RecordInputs) => LocalizedString;
export const error_pool_worker_name: (inputs: Error_Pool_Worker_NameInputs) => LocalizedString;
export const error_pool_worker_name_here: (inputs: Error_Pool_Worker_Name_HereInputs) => LocalizedString;
export const error_pool_wrong_scheme: (inputs: Error_Pool_Wrong_SchemeInputs) => LocalizedString;
export const error_python_empty: (inputs: Error_Python_EmptyInputs) => LocalizedString;
export const error_python_is_json: (inputs: Error_Python_Is_JsonInputs) => LocalizedString;
export const error_python_no_input_shape: (inputs: Error_Python_No_Input_ShapeInputs) => LocalizedString;
export const error_python_no_model: (inputs: Error_Python_No_ModelInputs) => LocalizedString;
export const error_python_other_input: (inputs: Error_Python_Other_InputInputs) => LocalizedString;
export const error_python_output_not_from_input: (inputs: Error_Python_Output_Not_From_InputInputs) => LocalizedString;
export const error_python_sequential_empty: (inputs: Error_Python_Sequential_EmptyInputs) => LocalizedString;
export const error_python_several_inputs: (inputs: Error_Python_Several_InputsInputs) => LocalizedString;
export const error_python_unreadable: (inputs: Error_Python_UnreadableInputs) => LocalizedString;
export const error_pywarn_argument_unread: (inputs: Error_Pywarn_Argument_UnreadInputs) => LocalizedString;
export const error_pywarn_augment_call: (inputs: Error_Pywarn_Augment_CallInputs) => LocalizedString;
export const error_pywarn_callback: (inputs: Error_Pywarn_CallbackInputs) => LocalizedString;
export const error_pywarn_called_on: (inputs: Error_Pywarn_Called_OnInputs) => LocalizedString;
export const error_pywarn_called_on_nothing: (inputs: Error_Pywarn_Called_On_NothingInputs) => LocalizedString;
export const error_pywarn_condition_unknown: (inputs: Error_Pywarn_Condition_UnknownInputs) => LocalizedString;
export const error_pywarn_datagen_option: (inputs: Error_Pywarn_Datagen_OptionInputs) => LocalizedString;
export const error_pywarn_early_stopping_option: (inputs: Error_Pywarn_Early_Stopping_OptionInputs) => LocalizedString;
export const error_pywarn_extra_argument: (inputs: Error_Pywarn_Extra_ArgumentInputs) => LocalizedString;
export const error_pywarn_fit_option: (inputs: Error_Pywarn_Fit_OptionInputs) => LocalizedString;
export const error_pywarn_from_logits: (inputs: Error_Pywarn_From_LogitsInputs) => LocalizedString;
export const error_pywarn_imdb_width: (inputs: Error_Pywarn_Imdb_WidthInputs) => LocalizedString;
export const error_pywarn_imdb_words: (inputs: Error_Pywarn_Imdb_WordsInputs) => LocalizedString;
export const error_pywarn_input_inside: (inputs: Error_Pywarn_Input_InsideInputs) => LocalizedString;
export const error_pywarn_learning_rate: (inputs: Error_Pywarn_Learning_RateInputs) => LocalizedString;
export const error_pywarn_loop_unknown: (inputs: Error_Pywarn_Loop_UnknownInputs) => LocalizedString;
export const error_pywarn_loss: (inputs: Error_Pywarn_LossInputs) => LocalizedString;
export const error_pywarn_merge: (inputs: Error_Pywarn_MergeInputs) => LocalizedString;
export const error_pywarn_metric: (inputs: Error_Pywarn_MetricInputs) => LocalizedString;
export const error_pywarn_model_untraced: (inputs: Error_Pywarn_Model_UntracedInputs) => LocalizedString;
export const error_pywarn_models_compiled: (inputs: Error_Pywarn_Models_CompiledInputs) => LocalizedString;
export const error_pywarn_models_made: (inputs: Error_Pywarn_Models_MadeInputs) => LocalizedString;
export const error_pywarn_models_trained: (inputs: Error_Pywarn_Models_TrainedInputs) => LocalizedString;
export const error_pywarn_nested_add: (inputs: Error_Pywarn_Nested_AddInputs) => LocalizedString;
export const error_pywarn_nested_call: (inputs: Error_Pywarn_Nested_CallInputs) => LocalizedString;
export const error_pywarn_never_compiled: (inputs: Error_Pywarn_Never_CompiledInputs) => LocalizedString;
export const error_pywarn_never_fit: (inputs: Error_Pywarn_Never_FitInputs) => LocalizedString;
export const error_pywarn_no_dataset: (inputs: Error_Pywarn_No_DatasetInputs) => LocalizedString;
export const error_pywarn_no_loss: (inputs: Error_Pywarn_No_LossInputs) => LocalizedString;
export const error_pywarn_not_a_layer: (inputs: Error_Pywarn_Not_A_LayerInputs) => LocalizedString;
export const error_pywarn_not_a_layer_nothing: (inputs: Error_Pywarn_Not_A_Layer_NothingInputs) => LocalizedString;
export const error_pywarn_not_valid_yet: (inputs: Error_Pywarn_Not_Valid_YetInputs) => LocalizedString;
export const error_pywarn_one_hot: (inputs: Error_Pywarn_One_HotInputs) => LocalizedString;
export const error_pywarn_optimizer_class: (inputs: Error_Pywarn_Optimizer_ClassInputs) => LocalizedString;
export const error_pywarn_optimizer_name: (inputs: Error_Pywarn_Optimizer_NameInputs) => LocalizedString;
export const error_pywarn_optimizer_option: (inputs: Error_Pywarn_Optimizer_OptionInputs) => LocalizedString;
export const error_pywarn_optimizer_unread: (inputs: Error_Pywarn_Optimizer_UnreadInputs) => LocalizedString;
export const error_pywarn_out_of_steps: (inputs: Error_Pywarn_Out_Of_StepsInputs) => LocalizedString;
export const error_pywarn_outputs: (inputs: Error_Pywarn_OutputsInputs) => LocalizedString;
export const error_pywarn_recursion: (inputs: Error_Pywarn_RecursionInputs) => LocalizedString;
export const error_pywarn_shape_unread: (inputs: Error_Pywarn_Shape_UnreadInputs) => LocalizedString;
export const error_pywarn_shared_layer: (inputs: Error_Pywarn_Shared_LayerInputs) => LocalizedString;
export const error_pywarn_train_subset: (inputs: Error_Pywarn_Train_SubsetInputs) => LocalizedString;
export const error_pywarn_train_test_split: (inputs: Error_Pywarn_Train_Test_SplitInputs) => LocalizedString;
export const error_pywarn_training_setting: (inputs: Error_Pywarn_Training_SettingInputs) => LocalizedString;
export const error_pywarn_unknown_dataset: (inputs: Error_Pywarn_Unknown_DatasetInputs) => LocalizedString;
export const error_pywarn_unknown_layer: (inputs: Error_Pywarn_Unknown_LayerInputs) => LocalizedString;
export const error_pywarn_unreadable_line: (inputs: Error_Pywarn_Unreadable_LineInputs) => LocalizedString;
export const error_pywarn_validation_first: (inputs: Error_Pywarn_Validation_FirstInputs) => LocalizedString;
export const error_pywarn_validation_split_subset: (inputs: Error_Pywarn_Validation_Split_SubsetInputs) => LocalizedString;
export const error_pywarn_validation_test_part: (inputs: Error_Pywarn_Validation_Test_PartInputs) => LocalizedString;
export const error_pywarn_validation_unknown: (inputs: Error_Pywarn_Validation_UnknownInputs) => LocalizedString;
export const error_pywarn_while: (inputs: Error_Pywarn_WhileInputs) => LocalizedString;
export const error_pywarn_zoom: (inputs: Error_Pywarn_ZoomInputs) => LocalizedString;
export const error_redis_bad_password: (inputs: Error_Redis_Bad_PasswordInputs) => LocalizedString;
export const error_redis_failed: (inputs: Error_Redis_FailedInputs) => LocalizedString;
export const error_redis_no_answer: (inputs: Error_Redis_No_AnswerInputs) => LocalizedString;
export const error_redis_no_answer_tls: (inputs: Error_Redis_No_Answer_TlsInputs) => LocalizedString;
export const error_redis_no_host: (inputs: Error_Redis_No_HostInputs) => LocalizedString;
export const error_redis_refused: (inputs: Error_Redis_RefusedInputs) => LocalizedString;
export const error_redis_tls: (inputs: Error_Redis_TlsInputs) => LocalizedString;
export const error_redis_unreachable: (inputs: Error_Redis_UnreachableInputs) => LocalizedString;
export const error_redis_wants_password: (inputs: Error_Redis_Wants_PasswordInputs) => LocalizedString;
export const error_report_attachment_cut: (inputs: Error_Report_Attachment_CutInputs) => LocalizedString;
export const error_report_attachment_inflate: (inputs: Error_Report_Attachment_InflateInputs) => LocalizedString;
export const error_report_data_cut: (inputs: Error_Report_Data_CutInputs) => LocalizedString;
export const error_report_invalid: (inputs: Error_Report_InvalidInputs) => LocalizedString;
export const error_report_no_attachment: (inputs: Error_Report_No_AttachmentInputs) => LocalizedString;
export const error_report_no_data: (inputs: Error_Report_No_DataInputs) => LocalizedString;
export const error_report_not_json: (inputs: Error_Report_Not_JsonInputs) => LocalizedString;
export const error_report_not_report: (inputs: Error_Report_Not_ReportInputs) => LocalizedString;
export const error_report_the_data: (inputs: Error_Report_The_DataInputs) => LocalizedString;
export const error_report_unreadable: (inputs: Error_Report_UnreadableInputs) => LocalizedString;
export const error_reports_folder: (inputs: Error_Reports_FolderInputs) => LocalizedString;
export const error_roster_bad_code: (inputs: Error_Roster_Bad_CodeInputs) => LocalizedString;
export const error_roster_code_taken: (inputs: Error_Roster_Code_TakenInputs) => LocalizedString;
export const error_roster_line: (inputs: Error_Roster_LineInputs) => LocalizedString;
export const error_roster_long_name: (inputs: Error_Roster_Long_NameInputs) => LocalizedString;
export const error_roster_new_student: (inputs: Error_Roster_New_StudentInputs) => LocalizedString;
export const error_roster_no_name: (inputs: Error_Roster_No_NameInputs) => LocalizedString;
export const error_roster_not_roster: (inputs: Error_Roster_Not_RosterInputs) => LocalizedString;
export const error_roster_twice: (inputs: Error_Roster_TwiceInputs) => LocalizedString;
export const error_roster_unreadable: (inputs: Error_Roster_UnreadableInputs) => LocalizedString;
export const error_run_name_empty: (inputs: Error_Run_Name_EmptyInputs) => LocalizedString;
export const error_scriptwarn_augmentation: (inputs: Error_Scriptwarn_AugmentationInputs) => LocalizedString;
export const error_scriptwarn_csv_header: (inputs: Error_Scriptwarn_Csv_HeaderInputs) => LocalizedString;
export const error_scriptwarn_folds: (inputs: Error_Scriptwarn_FoldsInputs) => LocalizedString;
export const error_scriptwarn_folds_stratified: (inputs: Error_Scriptwarn_Folds_StratifiedInputs) => LocalizedString;
export const error_scriptwarn_grid: (inputs: Error_Scriptwarn_GridInputs) => LocalizedString;
export const error_scriptwarn_grid_folds: (inputs: Error_Scriptwarn_Grid_FoldsInputs) => LocalizedString;
export const error_scriptwarn_grid_left_out: (inputs: Error_Scriptwarn_Grid_Left_OutInputs) => LocalizedString;
export const error_scriptwarn_image_folder: (inputs: Error_Scriptwarn_Image_FolderInputs) => LocalizedString;
export const error_scriptwarn_imdb: (inputs: Error_Scriptwarn_ImdbInputs) => LocalizedString;
export const error_scriptwarn_no_test_set: (inputs: Error_Scriptwarn_No_Test_SetInputs) => LocalizedString;
export const error_scriptwarn_not_valid: (inputs: Error_Scriptwarn_Not_ValidInputs) => LocalizedString;
export const error_scriptwarn_sweeps_fixed: (inputs: Error_Scriptwarn_Sweeps_FixedInputs) => LocalizedString;
export const error_scriptwarn_sweeps_problem: (inputs: Error_Scriptwarn_Sweeps_ProblemInputs) => LocalizedString;
export const error_scriptwarn_sweeps_training: (inputs: Error_Scriptwarn_Sweeps_TrainingInputs) => LocalizedString;
export const error_scriptwarn_synthetic: (inputs: Error_Scriptwarn_SyntheticInputs) => LocalizedString;
export const error_scriptwarn_why_augments: (inputs: Error_Scriptwarn_Why_AugmentsInputs) => LocalizedString;
export const error_scriptwarn_why_sweeps: (inputs: Error_Scriptwarn_Why_SweepsInputs) => LocalizedString;
export const error_scriptwarn_why_unexpandable: (inputs: Error_Scriptwarn_Why_UnexpandableInputs) => LocalizedString;
export const error_split_empty: (inputs: Error_Split_EmptyInputs) => LocalizedString;
export const error_store_cannot_open: (inputs: Error_Store_Cannot_OpenInputs) => LocalizedString;
export const error_store_closed: (inputs: Error_Store_ClosedInputs) => LocalizedString;
export const error_store_damaged: (inputs: Error_Store_DamagedInputs) => LocalizedString;
export const error_store_damaged_insights: (inputs: Error_Store_Damaged_InsightsInputs) => LocalizedString;
export const error_store_full: (inputs: Error_Store_FullInputs) => LocalizedString;
export const error_store_future: (inputs: Error_Store_FutureInputs) => LocalizedString;
export const error_store_io: (inputs: Error_Store_IoInputs) => LocalizedString;
export const error_store_locked: (inputs: Error_Store_LockedInputs) => LocalizedString;
export const error_store_needs_folder: (inputs: Error_Store_Needs_FolderInputs) => LocalizedString;
export const error_store_nothing_to_move: (inputs: Error_Store_Nothing_To_MoveInputs) => LocalizedString;
export const error_store_read_only: (inputs: Error_Store_Read_OnlyInputs) => LocalizedString;
export const error_store_repair_advice: (inputs: Error_Store_Repair_AdviceInputs) => LocalizedString;
export const error_subset_too_large: (inputs: Error_Subset_Too_LargeInputs) => LocalizedString;
export const error_synthetic_classes: (inputs: Error_Synthetic_ClassesInputs) => LocalizedString;
export const error_trainer_ended: (inputs: Error_Trainer_EndedInputs) => LocalizedString;
export const error_trainer_how_exited: (inputs: Error_Trainer_How_ExitedInputs) => LocalizedString;
export const error_trainer_how_killed: (inputs: Error_Trainer_How_KilledInputs) => LocalizedString;
export const error_trainer_no_answer: (inputs: Error_Trainer_No_AnswerInputs) => LocalizedString;
export const error_trainer_no_start: (inputs: Error_Trainer_No_StartInputs) => LocalizedString;
export const error_trainer_stopped: (inputs: Error_Trainer_StoppedInputs) => LocalizedString;
export const error_trainer_stopped_said: (inputs: Error_Trainer_Stopped_SaidInputs) => LocalizedString;
export const error_two_sentences: (inputs: Error_Two_SentencesInputs) => LocalizedString;
export const error_weights_extra: (inputs: Error_Weights_ExtraInputs) => LocalizedString;
export const error_weights_no_weight: (inputs: Error_Weights_No_WeightInputs) => LocalizedString;
export const error_weights_run: (inputs: Error_Weights_RunInputs) => LocalizedString;
export const error_weights_shape: (inputs: Error_Weights_ShapeInputs) => LocalizedString;
export const error_weights_stored_missing: (inputs: Error_Weights_Stored_MissingInputs) => LocalizedString;
export const error_weights_stored_shape: (inputs: Error_Weights_Stored_ShapeInputs) => LocalizedString;
export const error_what_keras_json: (inputs: Error_What_Keras_JsonInputs) => LocalizedString;
export const error_what_lab_file: (inputs: Error_What_Lab_FileInputs) => LocalizedString;
export const error_what_python_file: (inputs: Error_What_Python_FileInputs) => LocalizedString;
export const export_busy: (inputs: Export_BusyInputs) => LocalizedString;
export const export_csv_description: (inputs: Export_Csv_DescriptionInputs) => LocalizedString;
export const export_csv_label: (inputs: Export_Csv_LabelInputs) => LocalizedString;
export const export_h5_description: (inputs: Export_H5_DescriptionInputs) => LocalizedString;
export const export_keras_description: (inputs: Export_Keras_DescriptionInputs) => LocalizedString;
export const export_menu: (inputs: Export_MenuInputs) => LocalizedString;
export const export_needs_weights: (inputs: Export_Needs_WeightsInputs) => LocalizedString;
export const export_no_weights: (inputs: Export_No_WeightsInputs) => LocalizedString;
export const export_onnx_description: (inputs: Export_Onnx_DescriptionInputs) => LocalizedString;
export const export_python_description: (inputs: Export_Python_DescriptionInputs) => LocalizedString;
export const export_python_label: (inputs: Export_Python_LabelInputs) => LocalizedString;
export const export_run: (inputs: Export_RunInputs) => LocalizedString;
export const export_tfjs_description: (inputs: Export_Tfjs_DescriptionInputs) => LocalizedString;
export const export_title: (inputs: Export_TitleInputs) => LocalizedString;
export const figures_grad: (inputs: Figures_GradInputs) => LocalizedString;
export const figures_grad_title: (inputs: Figures_Grad_TitleInputs) => LocalizedString;
export const figures_l1_title: (inputs: Figures_L1_TitleInputs) => LocalizedString;
export const figures_l2_title: (inputs: Figures_L2_TitleInputs) => LocalizedString;
export const figures_label: (inputs: Figures_LabelInputs) => LocalizedString;
export const figures_rms_title: (inputs: Figures_Rms_TitleInputs) => LocalizedString;
export const figures_row_title: (inputs: Figures_Row_TitleInputs) => LocalizedString;
export const figures_sparsity: (inputs: Figures_SparsityInputs) => LocalizedString;
export const filedrop_hint: (inputs: Filedrop_HintInputs) => LocalizedString;
export const gallery_example_label: (inputs: Gallery_Example_LabelInputs) => LocalizedString;
export const gallery_example_title: (inputs: Gallery_Example_TitleInputs) => LocalizedString;
export const gallery_none: (inputs: Gallery_NoneInputs) => LocalizedString;
export const grid_accuracy: (inputs: Grid_AccuracyInputs) => LocalizedString;
export const grid_at_least_one_layer: (inputs: Grid_At_Least_One_LayerInputs) => LocalizedString;
export const grid_back: (inputs: Grid_BackInputs) => LocalizedString;
export const grid_back_title: (inputs: Grid_Back_TitleInputs) => LocalizedString;
export const grid_back_to_model: (inputs: Grid_Back_To_ModelInputs) => LocalizedString;
export const grid_best: (inputs: Grid_BestInputs) => LocalizedString;
export const grid_best_first: (inputs: Grid_Best_FirstInputs) => LocalizedString;
export const grid_best_so_far: (inputs: Grid_Best_So_FarInputs) => LocalizedString;
export const grid_col_fold: (inputs: Grid_Col_FoldInputs) => LocalizedString;
export const grid_col_holdout: (inputs: Grid_Col_HoldoutInputs) => LocalizedString;
export const grid_col_mean: (inputs: Grid_Col_MeanInputs) => LocalizedString;
export const grid_col_rank: (inputs: Grid_Col_RankInputs) => LocalizedString;
export const grid_col_status: (inputs: Grid_Col_StatusInputs) => LocalizedString;
export const grid_curves: (inputs: Grid_CurvesInputs) => LocalizedString;
export const grid_curves_appear: (inputs: Grid_Curves_AppearInputs) => LocalizedString;
export const grid_curves_label: (inputs: Grid_Curves_LabelInputs) => LocalizedString;
export const grid_delete: (inputs: Grid_DeleteInputs) => LocalizedString;
export const grid_delete_sure: (inputs: Grid_Delete_SureInputs) => LocalizedString;
export const grid_each_fold: (inputs: Grid_Each_FoldInputs) => LocalizedString;
export const grid_earlier: (inputs: Grid_EarlierInputs) => LocalizedString;
export const grid_empty: (inputs: Grid_EmptyInputs) => LocalizedString;
export const grid_estimating: (inputs: Grid_EstimatingInputs) => LocalizedString;
export const grid_eval: (inputs: Grid_EvalInputs) => LocalizedString;
export const grid_eval_holdout: (inputs: Grid_Eval_HoldoutInputs) => LocalizedString;
export const grid_eval_kfold: (inputs: Grid_Eval_KfoldInputs) => LocalizedString;
export const grid_export_csv: (inputs: Grid_Export_CsvInputs) => LocalizedString;
export const grid_export_csv_title: (inputs: Grid_Export_Csv_TitleInputs) => LocalizedString;
export const grid_fold1_only: (inputs: Grid_Fold1_OnlyInputs) => LocalizedString;
export const grid_folds: (inputs: Grid_FoldsInputs) => LocalizedString;
export const grid_folds_times: (inputs: Grid_Folds_TimesInputs) => LocalizedString;
export const grid_from: (inputs: Grid_FromInputs) => LocalizedString;
export const grid_heading: (inputs: Grid_HeadingInputs) => LocalizedString;
export const grid_heatmap: (inputs: Grid_HeatmapInputs) => LocalizedString;
export const grid_heatmap_fallback: (inputs: Grid_Heatmap_FallbackInputs) => LocalizedString;
export const grid_heatmap_label: (inputs: Grid_Heatmap_LabelInputs) => LocalizedString;
export const grid_hint: (inputs: Grid_HintInputs) => LocalizedString;
export const grid_holdout_fraction: (inputs: Grid_Holdout_FractionInputs) => LocalizedString;
export const grid_how_values: (inputs: Grid_How_ValuesInputs) => LocalizedString;
export const grid_intro: (inputs: Grid_IntroInputs) => LocalizedString;
export const grid_key_training: (inputs: Grid_Key_TrainingInputs) => LocalizedString;
export const grid_key_validation: (inputs: Grid_Key_ValidationInputs) => LocalizedString;
export const grid_log_loss: (inputs: Grid_Log_LossInputs) => LocalizedString;
export const grid_loss: (inputs: Grid_LossInputs) => LocalizedString;
export const grid_mean: (inputs: Grid_MeanInputs) => LocalizedString;
export const grid_mean_of_folds: (inputs: Grid_Mean_Of_FoldsInputs) => LocalizedString;
export const grid_mean_title: (inputs: Grid_Mean_TitleInputs) => LocalizedString;
export const grid_mode_list: (inputs: Grid_Mode_ListInputs) => LocalizedString;
export const grid_mode_range: (inputs: Grid_Mode_RangeInputs) => LocalizedString;
export const grid_no_best_yet: (inputs: Grid_No_Best_YetInputs) => LocalizedString;
export const grid_none_swept: (inputs: Grid_None_SweptInputs) => LocalizedString;
export const grid_none_swept_how: (inputs: Grid_None_Swept_HowInputs) => LocalizedString;
export const grid_none_swept_how_2: (inputs: Grid_None_Swept_How_2Inputs) => LocalizedString;
export const grid_none_swept_how_3: (inputs: Grid_None_Swept_How_3Inputs) => LocalizedString;
export const grid_not_ready: (inputs: Grid_Not_ReadyInputs) => LocalizedString;
export const grid_on_curves: (inputs: Grid_On_CurvesInputs) => LocalizedString;
export const grid_on_pool: (inputs: Grid_On_PoolInputs) => LocalizedString;
export const grid_on_pool_connect_first: (inputs: Grid_On_Pool_Connect_FirstInputs) => LocalizedString;
export const grid_on_pool_title: (inputs: Grid_On_Pool_TitleInputs) => LocalizedString;
export const grid_one_problem: (inputs: Grid_One_ProblemInputs) => LocalizedString;
export const grid_one_value_each: (inputs: Grid_One_Value_EachInputs) => LocalizedString;
export const grid_output: (inputs: Grid_OutputInputs) => LocalizedString;
export const grid_output_note: (inputs: Grid_Output_NoteInputs) => LocalizedString;
export const grid_parallel: (inputs: Grid_ParallelInputs) => LocalizedString;
export const grid_parallel_auto: (inputs: Grid_Parallel_AutoInputs) => LocalizedString;
export const grid_parallel_hint: (inputs: Grid_Parallel_HintInputs) => LocalizedString;
export const grid_pool_address: (inputs: Grid_Pool_AddressInputs) => LocalizedString;
export const grid_pool_connect: (inputs: Grid_Pool_ConnectInputs) => LocalizedString;
export const grid_pool_connected: (inputs: Grid_Pool_ConnectedInputs) => LocalizedString;
export const grid_pool_connecting: (inputs: Grid_Pool_ConnectingInputs) => LocalizedString;
export const grid_pool_disconnect: (inputs: Grid_Pool_DisconnectInputs) => LocalizedString;
export const grid_pool_hint: (inputs: Grid_Pool_HintInputs) => LocalizedString;
export const grid_pool_jobs: (inputs: Grid_Pool_JobsInputs) => LocalizedString;
export const grid_pool_jobs_one: (inputs: Grid_Pool_Jobs_OneInputs) => LocalizedString;
export const grid_pool_no_dataset: (inputs: Grid_Pool_No_DatasetInputs) => LocalizedString;
export const grid_pool_no_datasets: (inputs: Grid_Pool_No_DatasetsInputs) => LocalizedString;
export const grid_pool_no_worker: (inputs: Grid_Pool_No_WorkerInputs) => LocalizedString;
export const grid_pool_not_connected: (inputs: Grid_Pool_Not_ConnectedInputs) => LocalizedString;
export const grid_pool_not_ready: (inputs: Grid_Pool_Not_ReadyInputs) => LocalizedString;
export const grid_pool_off: (inputs: Grid_Pool_OffInputs) => LocalizedString;
export const grid_pool_on_host: (inputs: Grid_Pool_On_HostInputs) => LocalizedString;
export const grid_pool_password: (inputs: Grid_Pool_PasswordInputs) => LocalizedString;
export const grid_pool_password_if: (inputs: Grid_Pool_Password_IfInputs) => LocalizedString;
export const grid_pool_queue: (inputs: Grid_Pool_QueueInputs) => LocalizedString;
export const grid_pool_queue_line: (inputs: Grid_Pool_Queue_LineInputs) => LocalizedString;
export const grid_pool_requeued: (inputs: Grid_Pool_RequeuedInputs) => LocalizedString;
export const grid_pool_title: (inputs: Grid_Pool_TitleInputs) => LocalizedString;
export const grid_pool_unreachable: (inputs: Grid_Pool_UnreachableInputs) => LocalizedString;
export const grid_pool_workers: (inputs: Grid_Pool_WorkersInputs) => LocalizedString;
export const grid_problems: (inputs: Grid_ProblemsInputs) => LocalizedString;
export const grid_progress: (inputs: Grid_ProgressInputs) => LocalizedString;
export const grid_progress_runs: (inputs: Grid_Progress_RunsInputs) => LocalizedString;
export const grid_progress_settings: (inputs: Grid_Progress_SettingsInputs) => LocalizedString;
export const grid_ran_on: (inputs: Grid_Ran_OnInputs) => LocalizedString;
export const grid_random_between: (inputs: Grid_Random_BetweenInputs) => LocalizedString;
export const grid_rank_accuracy: (inputs: Grid_Rank_AccuracyInputs) => LocalizedString;
export const grid_rank_by: (inputs: Grid_Rank_ByInputs) => LocalizedString;
export const grid_rank_loss: (inputs: Grid_Rank_LossInputs) => LocalizedString;
export const grid_refit: (inputs: Grid_RefitInputs) => LocalizedString;
export const grid_refit_later: (inputs: Grid_Refit_LaterInputs) => LocalizedString;
export const grid_refit_on_all: (inputs: Grid_Refit_On_AllInputs) => LocalizedString;
export const grid_refit_test: (inputs: Grid_Refit_TestInputs) => LocalizedString;
export const grid_refit_training: (inputs: Grid_Refit_TrainingInputs) => LocalizedString;
export const grid_refitting: (inputs: Grid_RefittingInputs) => LocalizedString;
export const grid_remove: (inputs: Grid_RemoveInputs) => LocalizedString;
export const grid_remove_from_grid: (inputs: Grid_Remove_From_GridInputs) => LocalizedString;
export const grid_results_label: (inputs: Grid_Results_LabelInputs) => LocalizedString;
export const grid_results_link: (inputs: Grid_Results_LinkInputs) => LocalizedString;
export const grid_resume: (inputs: Grid_ResumeInputs) => LocalizedString;
export const grid_run: (inputs: Grid_RunInputs) => LocalizedString;
export const grid_run_again: (inputs: Grid_Run_AgainInputs) => LocalizedString;
export const grid_run_again_title: (inputs: Grid_Run_Again_TitleInputs) => LocalizedString;
export const grid_scale: (inputs: Grid_ScaleInputs) => LocalizedString;
export const grid_scale_linear: (inputs: Grid_Scale_LinearInputs) => LocalizedString;
export const grid_scale_log: (inputs: Grid_Scale_LogInputs) => LocalizedString;
export const grid_search: (inputs: Grid_SearchInputs) => LocalizedString;
export const grid_search_grid: (inputs: Grid_Search_GridInputs) => LocalizedString;
export const grid_search_random: (inputs: Grid_Search_RandomInputs) => LocalizedString;
export const grid_select: (inputs: Grid_SelectInputs) => LocalizedString;
export const grid_settings_many: (inputs: Grid_Settings_ManyInputs) => LocalizedString;
export const grid_settings_one: (inputs: Grid_Settings_OneInputs) => LocalizedString;
export const grid_show: (inputs: Grid_ShowInputs) => LocalizedString;
export const grid_show_all: (inputs: Grid_Show_AllInputs) => LocalizedString;
export const grid_show_best3: (inputs: Grid_Show_Best3Inputs) => LocalizedString;
export const grid_show_none: (inputs: Grid_Show_NoneInputs) => LocalizedString;
export const grid_show_on_curves: (inputs: Grid_Show_On_CurvesInputs) => LocalizedString;
export const grid_show_results: (inputs: Grid_Show_ResultsInputs) => LocalizedString;
export const grid_start_over: (inputs: Grid_Start_OverInputs) => LocalizedString;
export const grid_start_over_title: (inputs: Grid_Start_Over_TitleInputs) => LocalizedString;
export const grid_status_completed: (inputs: Grid_Status_CompletedInputs) => LocalizedString;
export const grid_status_failed: (inputs: Grid_Status_FailedInputs) => LocalizedString;
export const grid_status_interrupted: (inputs: Grid_Status_InterruptedInputs) => LocalizedString;
export const grid_status_running: (inputs: Grid_Status_RunningInputs) => LocalizedString;
export const grid_status_stopped: (inputs: Grid_Status_StoppedInputs) => LocalizedString;
export const grid_std_title: (inputs: Grid_Std_TitleInputs) => LocalizedString;
export const grid_steps: (inputs: Grid_StepsInputs) => LocalizedString;
export const grid_stop: (inputs: Grid_StopInputs) => LocalizedString;
export const grid_stop_grid: (inputs: Grid_Stop_GridInputs) => LocalizedString;
export const grid_stop_sweeping: (inputs: Grid_Stop_SweepingInputs) => LocalizedString;
export const grid_stratified: (inputs: Grid_StratifiedInputs) => LocalizedString;
export const grid_sweep: (inputs: Grid_SweepInputs) => LocalizedString;
export const grid_sweep_full: (inputs: Grid_Sweep_FullInputs) => LocalizedString;
export const grid_sweep_label: (inputs: Grid_Sweep_LabelInputs) => LocalizedString;
export const grid_sweep_one_value: (inputs: Grid_Sweep_One_ValueInputs) => LocalizedString;
export const grid_sweep_title: (inputs: Grid_Sweep_TitleInputs) => LocalizedString;
export const grid_sweep_which: (inputs: Grid_Sweep_WhichInputs) => LocalizedString;
export const grid_sweeping_notice: (inputs: Grid_Sweeping_NoticeInputs) => LocalizedString;
export const grid_swept: (inputs: Grid_SweptInputs) => LocalizedString;
export const grid_swept_by: (inputs: Grid_Swept_ByInputs) => LocalizedString;
export const grid_swept_label: (inputs: Grid_Swept_LabelInputs) => LocalizedString;
export const grid_swept_title: (inputs: Grid_Swept_TitleInputs) => LocalizedString;
export const grid_table_tools: (inputs: Grid_Table_ToolsInputs) => LocalizedString;
export const grid_the_model: (inputs: Grid_The_ModelInputs) => LocalizedString;
export const grid_then_refit: (inputs: Grid_Then_RefitInputs) => LocalizedString;
export const grid_tick_settings: (inputs: Grid_Tick_SettingsInputs) => LocalizedString;
export const grid_to: (inputs: Grid_ToInputs) => LocalizedString;
export const grid_training_runs: (inputs: Grid_Training_RunsInputs) => LocalizedString;
export const grid_trials: (inputs: Grid_TrialsInputs) => LocalizedString;
export const grid_unfinished: (inputs: Grid_UnfinishedInputs) => LocalizedString;
export const grid_values_count: (inputs: Grid_Values_CountInputs) => LocalizedString;
export const grid_values_label: (inputs: Grid_Values_LabelInputs) => LocalizedString;
export const grid_which_folds: (inputs: Grid_Which_FoldsInputs) => LocalizedString;
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
export const guide_setup_done: (inputs: Guide_Setup_DoneInputs) => LocalizedString;
export const guide_setup_laid_out: (inputs: Guide_Setup_Laid_OutInputs) => LocalizedString;
export const guide_setup_nothing: (inputs: Guide_Setup_NothingInputs) => LocalizedString;
export const guide_show_run: (inputs: Guide_Show_RunInputs) => LocalizedString;
export const guide_step_count: (inputs: Guide_Step_CountInputs) => LocalizedString;
export const guide_step_done: (inputs: Guide_Step_DoneInputs) => LocalizedString;
export const guide_step_done_label: (inputs: Guide_Step_Done_LabelInputs) => LocalizedString;
export const guide_steps_heading: (inputs: Guide_Steps_HeadingInputs) => LocalizedString;
export const guide_the_run: (inputs: Guide_The_RunInputs) => LocalizedString;
export const guide_your_name: (inputs: Guide_Your_NameInputs) => LocalizedString;
export const hosttext_backend_javascript: (inputs: Hosttext_Backend_JavascriptInputs) => LocalizedString;
export const hosttext_backend_tensorflow: (inputs: Hosttext_Backend_TensorflowInputs) => LocalizedString;
export const hosttext_backend_tensorflow_gpu: (inputs: Hosttext_Backend_Tensorflow_GpuInputs) => LocalizedString;
export const hosttext_backend_webgpu: (inputs: Hosttext_Backend_WebgpuInputs) => LocalizedString;
export const hosttext_fast_kernels: (inputs: Hosttext_Fast_KernelsInputs) => LocalizedString;
export const hosttext_name_fold: (inputs: Hosttext_Name_FoldInputs) => LocalizedString;
export const hosttext_name_grid: (inputs: Hosttext_Name_GridInputs) => LocalizedString;
export const hosttext_name_holdout: (inputs: Hosttext_Name_HoldoutInputs) => LocalizedString;
export const hosttext_name_imported: (inputs: Hosttext_Name_ImportedInputs) => LocalizedString;
export const hosttext_name_refit: (inputs: Hosttext_Name_RefitInputs) => LocalizedString;
export const hosttext_no_simd: (inputs: Hosttext_No_SimdInputs) => LocalizedString;
export const hosttext_simd: (inputs: Hosttext_SimdInputs) => LocalizedString;
export const hosttext_single_thread: (inputs: Hosttext_Single_ThreadInputs) => LocalizedString;
export const hosttext_skip_device_refused: (inputs: Hosttext_Skip_Device_RefusedInputs) => LocalizedString;
export const hosttext_skip_load_failed: (inputs: Hosttext_Skip_Load_FailedInputs) => LocalizedString;
export const hosttext_skip_no_adapter: (inputs: Hosttext_Skip_No_AdapterInputs) => LocalizedString;
export const hosttext_skip_no_cuda: (inputs: Hosttext_Skip_No_CudaInputs) => LocalizedString;
export const hosttext_skip_no_driver: (inputs: Hosttext_Skip_No_DriverInputs) => LocalizedString;
export const hosttext_skip_not_installed: (inputs: Hosttext_Skip_Not_InstalledInputs) => LocalizedString;
export const hosttext_skip_not_started: (inputs: Hosttext_Skip_Not_StartedInputs) => LocalizedString;
export const hosttext_skip_not_started_because: (inputs: Hosttext_Skip_Not_Started_BecauseInputs) => LocalizedString;
export const hosttext_skip_optional: (inputs: Hosttext_Skip_OptionalInputs) => LocalizedString;
export const hosttext_skip_requested: (inputs: Hosttext_Skip_RequestedInputs) => LocalizedString;
export const hosttext_skip_software: (inputs: Hosttext_Skip_SoftwareInputs) => LocalizedString;
export const hosttext_skip_webgpu_backend: (inputs: Hosttext_Skip_Webgpu_BackendInputs) => LocalizedString;
export const hosttext_skip_webgpu_binding: (inputs: Hosttext_Skip_Webgpu_BindingInputs) => LocalizedString;
export const hosttext_threads: (inputs: Hosttext_ThreadsInputs) => LocalizedString;
export const hosttext_threads_failed: (inputs: Hosttext_Threads_FailedInputs) => LocalizedString;
export const import_again: (inputs: Import_AgainInputs) => LocalizedString;
export const import_button: (inputs: Import_ButtonInputs) => LocalizedString;
export const import_button_title: (inputs: Import_Button_TitleInputs) => LocalizedString;
export const import_done: (inputs: Import_DoneInputs) => LocalizedString;
export const import_drop_label: (inputs: Import_Drop_LabelInputs) => LocalizedString;
export const import_hint: (inputs: Import_HintInputs) => LocalizedString;
export const import_importing: (inputs: Import_ImportingInputs) => LocalizedString;
export const import_line: (inputs: Import_LineInputs) => LocalizedString;
export const import_open_py: (inputs: Import_Open_PyInputs) => LocalizedString;
export const import_select_line: (inputs: Import_Select_LineInputs) => LocalizedString;
export const import_title: (inputs: Import_TitleInputs) => LocalizedString;
export const import_warnings: (inputs: Import_WarningsInputs) => LocalizedString;
export const inspect_activations: (inputs: Inspect_ActivationsInputs) => LocalizedString;
export const inspect_back: (inputs: Inspect_BackInputs) => LocalizedString;
export const inspect_back_title: (inputs: Inspect_Back_TitleInputs) => LocalizedString;
export const inspect_empty_loading: (inputs: Inspect_Empty_LoadingInputs) => LocalizedString;
export const inspect_empty_none: (inputs: Inspect_Empty_NoneInputs) => LocalizedString;
export const inspect_empty_tick: (inputs: Inspect_Empty_TickInputs) => LocalizedString;
export const inspect_empty_train: (inputs: Inspect_Empty_TrainInputs) => LocalizedString;
export const inspect_epoch: (inputs: Inspect_EpochInputs) => LocalizedString;
export const inspect_epoch_at: (inputs: Inspect_Epoch_AtInputs) => LocalizedString;
export const inspect_epoch_shown: (inputs: Inspect_Epoch_ShownInputs) => LocalizedString;
export const inspect_epoch_zero: (inputs: Inspect_Epoch_ZeroInputs) => LocalizedString;
export const inspect_play: (inputs: Inspect_PlayInputs) => LocalizedString;
export const inspect_play_title: (inputs: Inspect_Play_TitleInputs) => LocalizedString;
export const inspect_run: (inputs: Inspect_RunInputs) => LocalizedString;
export const inspect_run_title: (inputs: Inspect_Run_TitleInputs) => LocalizedString;
export const inspect_silent: (inputs: Inspect_SilentInputs) => LocalizedString;
export const inspect_title: (inputs: Inspect_TitleInputs) => LocalizedString;
export const inspect_view: (inputs: Inspect_ViewInputs) => LocalizedString;
export const inspector_delete: (inputs: Inspector_DeleteInputs) => LocalizedString;
export const inspector_duplicate: (inputs: Inspector_DuplicateInputs) => LocalizedString;
export const inspector_label: (inputs: Inspector_LabelInputs) => LocalizedString;
export const inspector_move_down: (inputs: Inspector_Move_DownInputs) => LocalizedString;
export const inspector_move_up: (inputs: Inspector_Move_UpInputs) => LocalizedString;
export const inspector_output_shape: (inputs: Inspector_Output_ShapeInputs) => LocalizedString;
export const inspector_parameters: (inputs: Inspector_ParametersInputs) => LocalizedString;
export const inspector_selected: (inputs: Inspector_SelectedInputs) => LocalizedString;
export const inspector_trainable: (inputs: Inspector_TrainableInputs) => LocalizedString;
export const issue_add_shapes: (inputs: Issue_Add_ShapesInputs) => LocalizedString;
export const issue_already_flat: (inputs: Issue_Already_FlatInputs) => LocalizedString;
export const issue_bad_edge: (inputs: Issue_Bad_EdgeInputs) => LocalizedString;
export const issue_binary_activation: (inputs: Issue_Binary_ActivationInputs) => LocalizedString;
export const issue_binary_classes: (inputs: Issue_Binary_ClassesInputs) => LocalizedString;
export const issue_binary_units: (inputs: Issue_Binary_UnitsInputs) => LocalizedString;
export const issue_class_activation: (inputs: Issue_Class_ActivationInputs) => LocalizedString;
export const issue_class_units: (inputs: Issue_Class_UnitsInputs) => LocalizedString;
export const issue_class_units_flatten: (inputs: Issue_Class_Units_FlattenInputs) => LocalizedString;
export const issue_concat_rank: (inputs: Issue_Concat_RankInputs) => LocalizedString;
export const issue_concat_sizes: (inputs: Issue_Concat_SizesInputs) => LocalizedString;
export const issue_cycle: (inputs: Issue_CycleInputs) => LocalizedString;
export const issue_dead_end: (inputs: Issue_Dead_EndInputs) => LocalizedString;
export const issue_duplicate_id: (inputs: Issue_Duplicate_IdInputs) => LocalizedString;
export const issue_duplicate_name: (inputs: Issue_Duplicate_NameInputs) => LocalizedString;
export const issue_empty: (inputs: Issue_EmptyInputs) => LocalizedString;
export const issue_grid_invalid: (inputs: Issue_Grid_InvalidInputs) => LocalizedString;
export const issue_input_has_inputs: (inputs: Issue_Input_Has_InputsInputs) => LocalizedString;
export const issue_input_shape: (inputs: Issue_Input_ShapeInputs) => LocalizedString;
export const issue_input_unconnected: (inputs: Issue_Input_UnconnectedInputs) => LocalizedString;
export const issue_join_and: (inputs: Issue_Join_AndInputs) => LocalizedString;
export const issue_join_comma: (inputs: Issue_Join_CommaInputs) => LocalizedString;
export const issue_kernel_too_big: (inputs: Issue_Kernel_Too_BigInputs) => LocalizedString;
export const issue_needs_flat: (inputs: Issue_Needs_FlatInputs) => LocalizedString;
export const issue_needs_flat_image: (inputs: Issue_Needs_Flat_ImageInputs) => LocalizedString;
export const issue_needs_image: (inputs: Issue_Needs_ImageInputs) => LocalizedString;
export const issue_needs_image_flat: (inputs: Issue_Needs_Image_FlatInputs) => LocalizedString;
export const issue_no_input: (inputs: Issue_No_InputInputs) => LocalizedString;
export const issue_no_inputs: (inputs: Issue_No_InputsInputs) => LocalizedString;
export const issue_no_output: (inputs: Issue_No_OutputInputs) => LocalizedString;
export const issue_not_ready_to_train: (inputs: Issue_Not_Ready_To_TrainInputs) => LocalizedString;
export const issue_param: (inputs: Issue_ParamInputs) => LocalizedString;
export const issue_pool_window: (inputs: Issue_Pool_WindowInputs) => LocalizedString;
export const issue_problem_at_least: (inputs: Issue_Problem_At_LeastInputs) => LocalizedString;
export const issue_problem_below: (inputs: Issue_Problem_BelowInputs) => LocalizedString;
export const issue_problem_between: (inputs: Issue_Problem_BetweenInputs) => LocalizedString;
export const issue_problem_bool: (inputs: Issue_Problem_BoolInputs) => LocalizedString;
export const issue_problem_enum: (inputs: Issue_Problem_EnumInputs) => LocalizedString;
export const issue_problem_not_number: (inputs: Issue_Problem_Not_NumberInputs) => LocalizedString;
export const issue_problem_not_whole: (inputs: Issue_Problem_Not_WholeInputs) => LocalizedString;
export const issue_problem_pair: (inputs: Issue_Problem_PairInputs) => LocalizedString;
export const issue_problem_regularizer: (inputs: Issue_Problem_RegularizerInputs) => LocalizedString;
export const issue_problem_shape: (inputs: Issue_Problem_ShapeInputs) => LocalizedString;
export const issue_problem_shape_infer: (inputs: Issue_Problem_Shape_InferInputs) => LocalizedString;
export const issue_quoted: (inputs: Issue_QuotedInputs) => LocalizedString;
export const issue_reshape_multiple: (inputs: Issue_Reshape_MultipleInputs) => LocalizedString;
export const issue_reshape_size: (inputs: Issue_Reshape_SizeInputs) => LocalizedString;
export const issue_second_input: (inputs: Issue_Second_InputInputs) => LocalizedString;
export const issue_self_loop: (inputs: Issue_Self_LoopInputs) => LocalizedString;
export const issue_too_few_inputs: (inputs: Issue_Too_Few_InputsInputs) => LocalizedString;
export const issue_too_large: (inputs: Issue_Too_LargeInputs) => LocalizedString;
export const issue_too_large_of: (inputs: Issue_Too_Large_OfInputs) => LocalizedString;
export const issue_too_many_inputs: (inputs: Issue_Too_Many_InputsInputs) => LocalizedString;
export const lab_about: (inputs: Lab_AboutInputs) => LocalizedString;
export const lab_about_placeholder: (inputs: Lab_About_PlaceholderInputs) => LocalizedString;
export const lab_info_region: (inputs: Lab_Info_RegionInputs) => LocalizedString;
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
export const lab_quick_name: (inputs: Lab_Quick_NameInputs) => LocalizedString;
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
export const labdialog_bare: (inputs: Labdialog_BareInputs) => LocalizedString;
export const labdialog_browse: (inputs: Labdialog_BrowseInputs) => LocalizedString;
export const labdialog_download: (inputs: Labdialog_DownloadInputs) => LocalizedString;
export const labdialog_existing: (inputs: Labdialog_ExistingInputs) => LocalizedString;
export const labdialog_open: (inputs: Labdialog_OpenInputs) => LocalizedString;
export const labdialog_open_button: (inputs: Labdialog_Open_ButtonInputs) => LocalizedString;
export const labdialog_open_model: (inputs: Labdialog_Open_ModelInputs) => LocalizedString;
export const labdialog_path: (inputs: Labdialog_PathInputs) => LocalizedString;
export const labdialog_recent: (inputs: Labdialog_RecentInputs) => LocalizedString;
export const labdialog_save: (inputs: Labdialog_SaveInputs) => LocalizedString;
export const labdialog_upload: (inputs: Labdialog_UploadInputs) => LocalizedString;
export const language_menu_title: (inputs: Language_Menu_TitleInputs) => LocalizedString;
export const language_system: (inputs: Language_SystemInputs) => LocalizedString;
export const layer_activation_summary: (inputs: Layer_Activation_SummaryInputs) => LocalizedString;
export const layer_add_summary: (inputs: Layer_Add_SummaryInputs) => LocalizedString;
export const layer_averagepooling2d_summary: (inputs: Layer_Averagepooling2d_SummaryInputs) => LocalizedString;
export const layer_batchnormalization_summary: (inputs: Layer_Batchnormalization_SummaryInputs) => LocalizedString;
export const layer_category_convolution: (inputs: Layer_Category_ConvolutionInputs) => LocalizedString;
export const layer_category_core: (inputs: Layer_Category_CoreInputs) => LocalizedString;
export const layer_category_input: (inputs: Layer_Category_InputInputs) => LocalizedString;
export const layer_category_merge: (inputs: Layer_Category_MergeInputs) => LocalizedString;
export const layer_category_pooling: (inputs: Layer_Category_PoolingInputs) => LocalizedString;
export const layer_category_regularization: (inputs: Layer_Category_RegularizationInputs) => LocalizedString;
export const layer_concatenate_summary: (inputs: Layer_Concatenate_SummaryInputs) => LocalizedString;
export const layer_conv2d_summary: (inputs: Layer_Conv2d_SummaryInputs) => LocalizedString;
export const layer_dense_summary: (inputs: Layer_Dense_SummaryInputs) => LocalizedString;
export const layer_dropout_summary: (inputs: Layer_Dropout_SummaryInputs) => LocalizedString;
export const layer_flatten_summary: (inputs: Layer_Flatten_SummaryInputs) => LocalizedString;
export const layer_globalaveragepooling2d_summary: (inputs: Layer_Globalaveragepooling2d_SummaryInputs) => LocalizedString;
export const layer_input_summary: (inputs: Layer_Input_SummaryInputs) => LocalizedString;
export const layer_maxpooling2d_summary: (inputs: Layer_Maxpooling2d_SummaryInputs) => LocalizedString;
export const layer_reshape_summary: (inputs: Layer_Reshape_SummaryInputs) => LocalizedString;
export const lockwhat_augmentation: (inputs: Lockwhat_AugmentationInputs) => LocalizedString;
export const lockwhat_batch_size: (inputs: Lockwhat_Batch_SizeInputs) => LocalizedString;
export const lockwhat_dataset: (inputs: Lockwhat_DatasetInputs) => LocalizedString;
export const lockwhat_early_stopping: (inputs: Lockwhat_Early_StoppingInputs) => LocalizedString;
export const lockwhat_epochs: (inputs: Lockwhat_EpochsInputs) => LocalizedString;
export const lockwhat_label_smoothing: (inputs: Lockwhat_Label_SmoothingInputs) => LocalizedString;
export const lockwhat_learning_rate: (inputs: Lockwhat_Learning_RateInputs) => LocalizedString;
export const lockwhat_loss: (inputs: Lockwhat_LossInputs) => LocalizedString;
export const lockwhat_momentum: (inputs: Lockwhat_MomentumInputs) => LocalizedString;
export const lockwhat_optimizer: (inputs: Lockwhat_OptimizerInputs) => LocalizedString;
export const lockwhat_seed: (inputs: Lockwhat_SeedInputs) => LocalizedString;
export const lockwhat_shuffled_labels: (inputs: Lockwhat_Shuffled_LabelsInputs) => LocalizedString;
export const lockwhat_subset: (inputs: Lockwhat_SubsetInputs) => LocalizedString;
export const lockwhat_validation: (inputs: Lockwhat_ValidationInputs) => LocalizedString;
export const menu_edit: (inputs: Menu_EditInputs) => LocalizedString;
export const menu_export_python: (inputs: Menu_Export_PythonInputs) => LocalizedString;
export const menu_file: (inputs: Menu_FileInputs) => LocalizedString;
export const menu_new_lab: (inputs: Menu_New_LabInputs) => LocalizedString;
export const menu_open_lab: (inputs: Menu_Open_LabInputs) => LocalizedString;
export const menu_run: (inputs: Menu_RunInputs) => LocalizedString;
export const menu_save_as: (inputs: Menu_Save_AsInputs) => LocalizedString;
export const menu_view: (inputs: Menu_ViewInputs) => LocalizedString;
export const noconnection_needs: (inputs: Noconnection_NeedsInputs) => LocalizedString;
export const noconnection_token: (inputs: Noconnection_TokenInputs) => LocalizedString;
export const node_not_connected: (inputs: Node_Not_ConnectedInputs) => LocalizedString;
export const node_shape_title: (inputs: Node_Shape_TitleInputs) => LocalizedString;
export const notice_dismiss: (inputs: Notice_DismissInputs) => LocalizedString;
export const notice_exported: (inputs: Notice_ExportedInputs) => LocalizedString;
export const notice_exported_tfjs: (inputs: Notice_Exported_TfjsInputs) => LocalizedString;
export const notice_file_warnings: (inputs: Notice_File_WarningsInputs) => LocalizedString;
export const notice_imported_code: (inputs: Notice_Imported_CodeInputs) => LocalizedString;
export const notice_opened: (inputs: Notice_OpenedInputs) => LocalizedString;
export const notice_opened_keras_json: (inputs: Notice_Opened_Keras_JsonInputs) => LocalizedString;
export const notice_opened_model: (inputs: Notice_Opened_ModelInputs) => LocalizedString;
export const notice_repair_store: (inputs: Notice_Repair_StoreInputs) => LocalizedString;
export const notice_saved: (inputs: Notice_SavedInputs) => LocalizedString;
export const notice_the_keras_code: (inputs: Notice_The_Keras_CodeInputs) => LocalizedString;
export const number_invalid: (inputs: Number_InvalidInputs) => LocalizedString;
export const number_needed: (inputs: Number_NeededInputs) => LocalizedString;
export const overlay_baseline: (inputs: Overlay_BaselineInputs) => LocalizedString;
export const overlay_compared_baseline: (inputs: Overlay_Compared_BaselineInputs) => LocalizedString;
export const overlay_compared_baseline_named: (inputs: Overlay_Compared_Baseline_NamedInputs) => LocalizedString;
export const overlay_compared_before: (inputs: Overlay_Compared_BeforeInputs) => LocalizedString;
export const overlay_compared_before_named: (inputs: Overlay_Compared_Before_NamedInputs) => LocalizedString;
export const overlay_same_baseline: (inputs: Overlay_Same_BaselineInputs) => LocalizedString;
export const overlay_same_before: (inputs: Overlay_Same_BeforeInputs) => LocalizedString;
export const overlay_vs_baseline: (inputs: Overlay_Vs_BaselineInputs) => LocalizedString;
export const overlay_vs_before: (inputs: Overlay_Vs_BeforeInputs) => LocalizedString;
export const overview_locks_class: (inputs: Overview_Locks_ClassInputs) => LocalizedString;
export const overview_locks_declared: (inputs: Overview_Locks_DeclaredInputs) => LocalizedString;
export const overview_locks_other_lab: (inputs: Overview_Locks_Other_LabInputs) => LocalizedString;
export const overview_locks_teacher: (inputs: Overview_Locks_TeacherInputs) => LocalizedString;
export const palette_filter: (inputs: Palette_FilterInputs) => LocalizedString;
export const palette_filter_label: (inputs: Palette_Filter_LabelInputs) => LocalizedString;
export const palette_hint: (inputs: Palette_HintInputs) => LocalizedString;
export const palette_title: (inputs: Palette_TitleInputs) => LocalizedString;
export const param_activity_regularizer_help: (inputs: Param_Activity_Regularizer_HelpInputs) => LocalizedString;
export const param_bias_regularizer_help: (inputs: Param_Bias_Regularizer_HelpInputs) => LocalizedString;
export const param_kernel_regularizer_help: (inputs: Param_Kernel_Regularizer_HelpInputs) => LocalizedString;
export const param_pair_height: (inputs: Param_Pair_HeightInputs) => LocalizedString;
export const param_pair_width: (inputs: Param_Pair_WidthInputs) => LocalizedString;
export const param_pool_strides_help: (inputs: Param_Pool_Strides_HelpInputs) => LocalizedString;
export const param_rate_help: (inputs: Param_Rate_HelpInputs) => LocalizedString;
export const param_regularizer_none: (inputs: Param_Regularizer_NoneInputs) => LocalizedString;
export const param_regularizer_strength: (inputs: Param_Regularizer_StrengthInputs) => LocalizedString;
export const param_same_as_pool_size: (inputs: Param_Same_As_Pool_SizeInputs) => LocalizedString;
export const param_shape_help: (inputs: Param_Shape_HelpInputs) => LocalizedString;
export const param_shape_problem: (inputs: Param_Shape_ProblemInputs) => LocalizedString;
export const predictions_caption: (inputs: Predictions_CaptionInputs) => LocalizedString;
export const predictions_cells: (inputs: Predictions_CellsInputs) => LocalizedString;
export const predictions_counts: (inputs: Predictions_CountsInputs) => LocalizedString;
export const predictions_epoch: (inputs: Predictions_EpochInputs) => LocalizedString;
export const predictions_examples: (inputs: Predictions_ExamplesInputs) => LocalizedString;
export const predictions_none: (inputs: Predictions_NoneInputs) => LocalizedString;
export const predictions_on: (inputs: Predictions_OnInputs) => LocalizedString;
export const predictions_rates: (inputs: Predictions_RatesInputs) => LocalizedString;
export const predictions_right: (inputs: Predictions_RightInputs) => LocalizedString;
export const predictions_split: (inputs: Predictions_SplitInputs) => LocalizedString;
export const predictions_test_set: (inputs: Predictions_Test_SetInputs) => LocalizedString;
export const predictions_tick: (inputs: Predictions_TickInputs) => LocalizedString;
export const predictions_wrong: (inputs: Predictions_WrongInputs) => LocalizedString;
export const queue_next: (inputs: Queue_NextInputs) => LocalizedString;
export const queue_place: (inputs: Queue_PlaceInputs) => LocalizedString;
export const report_col_best_val_accuracy: (inputs: Report_Col_Best_Val_AccuracyInputs) => LocalizedString;
export const report_col_best_val_loss: (inputs: Report_Col_Best_Val_LossInputs) => LocalizedString;
export const report_col_epochs: (inputs: Report_Col_EpochsInputs) => LocalizedString;
export const report_col_kind: (inputs: Report_Col_KindInputs) => LocalizedString;
export const report_col_last_accuracy: (inputs: Report_Col_Last_AccuracyInputs) => LocalizedString;
export const report_col_layer: (inputs: Report_Col_LayerInputs) => LocalizedString;
export const report_col_params: (inputs: Report_Col_ParamsInputs) => LocalizedString;
export const report_col_run: (inputs: Report_Col_RunInputs) => LocalizedString;
export const report_col_settings: (inputs: Report_Col_SettingsInputs) => LocalizedString;
export const report_col_shape: (inputs: Report_Col_ShapeInputs) => LocalizedString;
export const report_col_status: (inputs: Report_Col_StatusInputs) => LocalizedString;
export const report_curve_caption: (inputs: Report_Curve_CaptionInputs) => LocalizedString;
export const report_curves: (inputs: Report_CurvesInputs) => LocalizedString;
export const report_curves_label: (inputs: Report_Curves_LabelInputs) => LocalizedString;
export const report_diagram_label: (inputs: Report_Diagram_LabelInputs) => LocalizedString;
export const report_done: (inputs: Report_DoneInputs) => LocalizedString;
export const report_fingerprint_none: (inputs: Report_Fingerprint_NoneInputs) => LocalizedString;
export const report_meta: (inputs: Report_MetaInputs) => LocalizedString;
export const report_model: (inputs: Report_ModelInputs) => LocalizedString;
export const report_no_answer: (inputs: Report_No_AnswerInputs) => LocalizedString;
export const report_no_name: (inputs: Report_No_NameInputs) => LocalizedString;
export const report_no_runs: (inputs: Report_No_RunsInputs) => LocalizedString;
export const report_params: (inputs: Report_ParamsInputs) => LocalizedString;
export const report_runs: (inputs: Report_RunsInputs) => LocalizedString;
export const report_steps: (inputs: Report_StepsInputs) => LocalizedString;
export const report_title_fallback: (inputs: Report_Title_FallbackInputs) => LocalizedString;
export const report_total: (inputs: Report_TotalInputs) => LocalizedString;
export const runbar_best: (inputs: Runbar_BestInputs) => LocalizedString;
export const runbar_dataset_problem: (inputs: Runbar_Dataset_ProblemInputs) => LocalizedString;
export const runbar_empty: (inputs: Runbar_EmptyInputs) => LocalizedString;
export const runbar_epoch: (inputs: Runbar_EpochInputs) => LocalizedString;
export const runbar_pause: (inputs: Runbar_PauseInputs) => LocalizedString;
export const runbar_problems: (inputs: Runbar_ProblemsInputs) => LocalizedString;
export const runbar_progress: (inputs: Runbar_ProgressInputs) => LocalizedString;
export const runbar_queued_place: (inputs: Runbar_Queued_PlaceInputs) => LocalizedString;
export const runbar_ready: (inputs: Runbar_ReadyInputs) => LocalizedString;
export const runbar_resume: (inputs: Runbar_ResumeInputs) => LocalizedString;
export const runbar_settings: (inputs: Runbar_SettingsInputs) => LocalizedString;
export const runbar_settings_title: (inputs: Runbar_Settings_TitleInputs) => LocalizedString;
export const runbar_started: (inputs: Runbar_StartedInputs) => LocalizedString;
export const runbar_stop: (inputs: Runbar_StopInputs) => LocalizedString;
export const runbar_train: (inputs: Runbar_TrainInputs) => LocalizedString;
export const runbar_train_title: (inputs: Runbar_Train_TitleInputs) => LocalizedString;
export const runbar_waiting: (inputs: Runbar_WaitingInputs) => LocalizedString;
export const runs_acc_title: (inputs: Runs_Acc_TitleInputs) => LocalizedString;
export const runs_baseline_stays: (inputs: Runs_Baseline_StaysInputs) => LocalizedString;
export const runs_continue: (inputs: Runs_ContinueInputs) => LocalizedString;
export const runs_continue_label: (inputs: Runs_Continue_LabelInputs) => LocalizedString;
export const runs_continue_title: (inputs: Runs_Continue_TitleInputs) => LocalizedString;
export const runs_delete_sure: (inputs: Runs_Delete_SureInputs) => LocalizedString;
export const runs_delete_title: (inputs: Runs_Delete_TitleInputs) => LocalizedString;
export const runs_empty: (inputs: Runs_EmptyInputs) => LocalizedString;
export const runs_epochs: (inputs: Runs_EpochsInputs) => LocalizedString;
export const runs_evaluate: (inputs: Runs_EvaluateInputs) => LocalizedString;
export const runs_evaluate_label: (inputs: Runs_Evaluate_LabelInputs) => LocalizedString;
export const runs_evaluate_title: (inputs: Runs_Evaluate_TitleInputs) => LocalizedString;
export const runs_evaluating: (inputs: Runs_EvaluatingInputs) => LocalizedString;
export const runs_imported: (inputs: Runs_ImportedInputs) => LocalizedString;
export const runs_inside_title: (inputs: Runs_Inside_TitleInputs) => LocalizedString;
export const runs_inspect: (inputs: Runs_InspectInputs) => LocalizedString;
export const runs_inspect_label: (inputs: Runs_Inspect_LabelInputs) => LocalizedString;
export const runs_inspect_title: (inputs: Runs_Inspect_TitleInputs) => LocalizedString;
export const runs_lab: (inputs: Runs_LabInputs) => LocalizedString;
export const runs_lab_title: (inputs: Runs_Lab_TitleInputs) => LocalizedString;
export const runs_name: (inputs: Runs_NameInputs) => LocalizedString;
export const runs_name_title: (inputs: Runs_Name_TitleInputs) => LocalizedString;
export const runs_no_weights_continue: (inputs: Runs_No_Weights_ContinueInputs) => LocalizedString;
export const runs_no_weights_evaluate: (inputs: Runs_No_Weights_EvaluateInputs) => LocalizedString;
export const runs_params: (inputs: Runs_ParamsInputs) => LocalizedString;
export const runs_pin: (inputs: Runs_PinInputs) => LocalizedString;
export const runs_pin_label: (inputs: Runs_Pin_LabelInputs) => LocalizedString;
export const runs_pin_title: (inputs: Runs_Pin_TitleInputs) => LocalizedString;
export const runs_rename: (inputs: Runs_RenameInputs) => LocalizedString;
export const runs_show: (inputs: Runs_ShowInputs) => LocalizedString;
export const runs_stopped_at: (inputs: Runs_Stopped_AtInputs) => LocalizedString;
export const runs_test_on: (inputs: Runs_Test_OnInputs) => LocalizedString;
export const runs_test_result: (inputs: Runs_Test_ResultInputs) => LocalizedString;
export const runs_test_set: (inputs: Runs_Test_SetInputs) => LocalizedString;
export const runs_tick: (inputs: Runs_TickInputs) => LocalizedString;
export const runs_title: (inputs: Runs_TitleInputs) => LocalizedString;
export const runs_unpin: (inputs: Runs_UnpinInputs) => LocalizedString;
export const runs_unpin_label: (inputs: Runs_Unpin_LabelInputs) => LocalizedString;
export const runs_unpin_title: (inputs: Runs_Unpin_TitleInputs) => LocalizedString;
export const status_completed: (inputs: Status_CompletedInputs) => LocalizedString;
export const status_early_stopped: (inputs: Status_Early_StoppedInputs) => LocalizedString;
export const status_failed: (inputs: Status_FailedInputs) => LocalizedString;
export const status_interrupted: (inputs: Status_InterruptedInputs) => LocalizedString;
export const status_paused: (inputs: Status_PausedInputs) => LocalizedString;
export const status_queued: (inputs: Status_QueuedInputs) => LocalizedString;
export const status_running: (inputs: Status_RunningInputs) => LocalizedString;
export const status_stopped: (inputs: Status_StoppedInputs) => LocalizedString;
export const summary_hint: (inputs: Summary_HintInputs) => LocalizedString;
export const summary_key_copy: (inputs: Summary_Key_CopyInputs) => LocalizedString;
export const summary_key_delete: (inputs: Summary_Key_DeleteInputs) => LocalizedString;
export const summary_key_duplicate: (inputs: Summary_Key_DuplicateInputs) => LocalizedString;
export const summary_key_find: (inputs: Summary_Key_FindInputs) => LocalizedString;
export const summary_key_move: (inputs: Summary_Key_MoveInputs) => LocalizedString;
export const summary_key_select: (inputs: Summary_Key_SelectInputs) => LocalizedString;
export const summary_key_train: (inputs: Summary_Key_TrainInputs) => LocalizedString;
export const summary_key_undo: (inputs: Summary_Key_UndoInputs) => LocalizedString;
export const summary_keyboard: (inputs: Summary_KeyboardInputs) => LocalizedString;
export const summary_label: (inputs: Summary_LabelInputs) => LocalizedString;
export const sweep_at_least: (inputs: Sweep_At_LeastInputs) => LocalizedString;
export const sweep_at_most: (inputs: Sweep_At_MostInputs) => LocalizedString;
export const sweep_every: (inputs: Sweep_EveryInputs) => LocalizedString;
export const sweep_give_value: (inputs: Sweep_Give_ValueInputs) => LocalizedString;
export const sweep_hidden: (inputs: Sweep_HiddenInputs) => LocalizedString;
export const sweep_integer_range: (inputs: Sweep_Integer_RangeInputs) => LocalizedString;
export const sweep_less_than: (inputs: Sweep_Less_ThanInputs) => LocalizedString;
export const sweep_log_positive: (inputs: Sweep_Log_PositiveInputs) => LocalizedString;
export const sweep_more_than: (inputs: Sweep_More_ThanInputs) => LocalizedString;
export const sweep_no_range: (inputs: Sweep_No_RangeInputs) => LocalizedString;
export const sweep_not_bool: (inputs: Sweep_Not_BoolInputs) => LocalizedString;
export const sweep_not_number: (inputs: Sweep_Not_NumberInputs) => LocalizedString;
export const sweep_not_option: (inputs: Sweep_Not_OptionInputs) => LocalizedString;
export const sweep_only: (inputs: Sweep_OnlyInputs) => LocalizedString;
export const sweep_range_ends: (inputs: Sweep_Range_EndsInputs) => LocalizedString;
export const sweep_range_same: (inputs: Sweep_Range_SameInputs) => LocalizedString;
export const sweep_range_steps: (inputs: Sweep_Range_StepsInputs) => LocalizedString;
export const sweep_too_many: (inputs: Sweep_Too_ManyInputs) => LocalizedString;
export const sweep_twice: (inputs: Sweep_TwiceInputs) => LocalizedString;
export const sweep_whole: (inputs: Sweep_WholeInputs) => LocalizedString;
export const tab_code: (inputs: Tab_CodeInputs) => LocalizedString;
export const tab_grid: (inputs: Tab_GridInputs) => LocalizedString;
export const tab_grid_swept: (inputs: Tab_Grid_SweptInputs) => LocalizedString;
export const tab_layer: (inputs: Tab_LayerInputs) => LocalizedString;
export const tab_training: (inputs: Tab_TrainingInputs) => LocalizedString;
export const tabs_label: (inputs: Tabs_LabelInputs) => LocalizedString;
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
export const teach_grid_locked: (inputs: Teach_Grid_LockedInputs) => LocalizedString;
export const teach_grid_locked_author: (inputs: Teach_Grid_Locked_AuthorInputs) => LocalizedString;
export const teach_is_locked: (inputs: Teach_Is_LockedInputs) => LocalizedString;
export const teach_layer: (inputs: Teach_LayerInputs) => LocalizedString;
export const teach_layers_count: (inputs: Teach_Layers_CountInputs) => LocalizedString;
export const teach_lock_label: (inputs: Teach_Lock_LabelInputs) => LocalizedString;
export const teach_lock_seed_title: (inputs: Teach_Lock_Seed_TitleInputs) => LocalizedString;
export const teach_lock_title: (inputs: Teach_Lock_TitleInputs) => LocalizedString;
export const teach_locked_by: (inputs: Teach_Locked_ByInputs) => LocalizedString;
export const teach_locked_by_author: (inputs: Teach_Locked_By_AuthorInputs) => LocalizedString;
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
export const teach_refused: (inputs: Teach_RefusedInputs) => LocalizedString;
export const teach_refused_author: (inputs: Teach_Refused_AuthorInputs) => LocalizedString;
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
export const teach_steps_are_teachers: (inputs: Teach_Steps_Are_TeachersInputs) => LocalizedString;
export const teach_steps_editor: (inputs: Teach_Steps_EditorInputs) => LocalizedString;
export const teach_subject_dataset: (inputs: Teach_Subject_DatasetInputs) => LocalizedString;
export const teach_subject_layer: (inputs: Teach_Subject_LayerInputs) => LocalizedString;
export const teach_subject_setting: (inputs: Teach_Subject_SettingInputs) => LocalizedString;
export const teach_subject_structure: (inputs: Teach_Subject_StructureInputs) => LocalizedString;
export const teach_topic: (inputs: Teach_TopicInputs) => LocalizedString;
export const teach_topic_none: (inputs: Teach_Topic_NoneInputs) => LocalizedString;
export const teach_training_augmentation: (inputs: Teach_Training_AugmentationInputs) => LocalizedString;
export const teach_training_batch_size: (inputs: Teach_Training_Batch_SizeInputs) => LocalizedString;
export const teach_training_early_stopping: (inputs: Teach_Training_Early_StoppingInputs) => LocalizedString;
export const teach_training_epochs: (inputs: Teach_Training_EpochsInputs) => LocalizedString;
export const teach_training_label_smoothing: (inputs: Teach_Training_Label_SmoothingInputs) => LocalizedString;
export const teach_training_learning_rate: (inputs: Teach_Training_Learning_RateInputs) => LocalizedString;
export const teach_training_loss: (inputs: Teach_Training_LossInputs) => LocalizedString;
export const teach_training_momentum: (inputs: Teach_Training_MomentumInputs) => LocalizedString;
export const teach_training_optimizer: (inputs: Teach_Training_OptimizerInputs) => LocalizedString;
export const teach_training_seed: (inputs: Teach_Training_SeedInputs) => LocalizedString;
export const teach_training_shuffle: (inputs: Teach_Training_ShuffleInputs) => LocalizedString;
export const teach_training_shuffle_labels: (inputs: Teach_Training_Shuffle_LabelsInputs) => LocalizedString;
export const teach_training_train_subset: (inputs: Teach_Training_Train_SubsetInputs) => LocalizedString;
export const teach_training_validation: (inputs: Teach_Training_ValidationInputs) => LocalizedString;
export const teach_unit: (inputs: Teach_UnitInputs) => LocalizedString;
export const teach_unit_label: (inputs: Teach_Unit_LabelInputs) => LocalizedString;
export const teach_unit_placeholder: (inputs: Teach_Unit_PlaceholderInputs) => LocalizedString;
export const teach_unlock_label: (inputs: Teach_Unlock_LabelInputs) => LocalizedString;
export const teach_why_dataset: (inputs: Teach_Why_DatasetInputs) => LocalizedString;
export const teach_why_layer: (inputs: Teach_Why_LayerInputs) => LocalizedString;
export const teach_why_seed: (inputs: Teach_Why_SeedInputs) => LocalizedString;
export const teach_why_setting: (inputs: Teach_Why_SettingInputs) => LocalizedString;
export const teach_why_structure: (inputs: Teach_Why_StructureInputs) => LocalizedString;
export const teach_with_layers: (inputs: Teach_With_LayersInputs) => LocalizedString;
export const teach_without_layers: (inputs: Teach_Without_LayersInputs) => LocalizedString;
export const teach_write: (inputs: Teach_WriteInputs) => LocalizedString;
export const teach_write_or_preview: (inputs: Teach_Write_Or_PreviewInputs) => LocalizedString;
export const teach_yes: (inputs: Teach_YesInputs) => LocalizedString;
export const template_dataset_note: (inputs: Template_Dataset_NoteInputs) => LocalizedString;
export const templatedialog_keep: (inputs: Templatedialog_KeepInputs) => LocalizedString;
export const templatedialog_note: (inputs: Templatedialog_NoteInputs) => LocalizedString;
export const templatedialog_question: (inputs: Templatedialog_QuestionInputs) => LocalizedString;
export const templatedialog_templates: (inputs: Templatedialog_TemplatesInputs) => LocalizedString;
export const templatedialog_title: (inputs: Templatedialog_TitleInputs) => LocalizedString;
export const templatedialog_use: (inputs: Templatedialog_UseInputs) => LocalizedString;
export const templatedialog_yours: (inputs: Templatedialog_YoursInputs) => LocalizedString;
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
export const tpl_cnn_blurb: (inputs: Tpl_Cnn_BlurbInputs) => LocalizedString;
export const tpl_cnn_description: (inputs: Tpl_Cnn_DescriptionInputs) => LocalizedString;
export const tpl_cnn_title: (inputs: Tpl_Cnn_TitleInputs) => LocalizedString;
export const tpl_imdb_blurb: (inputs: Tpl_Imdb_BlurbInputs) => LocalizedString;
export const tpl_imdb_description: (inputs: Tpl_Imdb_DescriptionInputs) => LocalizedString;
export const tpl_logistic_blurb: (inputs: Tpl_Logistic_BlurbInputs) => LocalizedString;
export const tpl_logistic_description: (inputs: Tpl_Logistic_DescriptionInputs) => LocalizedString;
export const tpl_logistic_title: (inputs: Tpl_Logistic_TitleInputs) => LocalizedString;
export const tpl_mlp16_blurb: (inputs: Tpl_Mlp16_BlurbInputs) => LocalizedString;
export const tpl_mlp16_description: (inputs: Tpl_Mlp16_DescriptionInputs) => LocalizedString;
export const tpl_mlp16_title: (inputs: Tpl_Mlp16_TitleInputs) => LocalizedString;
export const tpl_mlp512_blurb: (inputs: Tpl_Mlp512_BlurbInputs) => LocalizedString;
export const tpl_mlp512_description: (inputs: Tpl_Mlp512_DescriptionInputs) => LocalizedString;
export const tpl_moons_blurb: (inputs: Tpl_Moons_BlurbInputs) => LocalizedString;
export const tpl_moons_description: (inputs: Tpl_Moons_DescriptionInputs) => LocalizedString;
export const tpl_moons_name: (inputs: Tpl_Moons_NameInputs) => LocalizedString;
export const tpl_moons_title: (inputs: Tpl_Moons_TitleInputs) => LocalizedString;
export const training_early_stopping: (inputs: Training_Early_StoppingInputs) => LocalizedString;
export const training_fraction_held_out: (inputs: Training_Fraction_Held_OutInputs) => LocalizedString;
export const training_label: (inputs: Training_LabelInputs) => LocalizedString;
export const training_lr_default: (inputs: Training_Lr_DefaultInputs) => LocalizedString;
export const training_more: (inputs: Training_MoreInputs) => LocalizedString;
export const training_restore_best: (inputs: Training_Restore_BestInputs) => LocalizedString;
export const training_seed_random: (inputs: Training_Seed_RandomInputs) => LocalizedString;
export const training_shuffle_labels: (inputs: Training_Shuffle_LabelsInputs) => LocalizedString;
export const training_subset: (inputs: Training_SubsetInputs) => LocalizedString;
export const training_subset_all: (inputs: Training_Subset_AllInputs) => LocalizedString;
export const training_title: (inputs: Training_TitleInputs) => LocalizedString;
export const training_validation: (inputs: Training_ValidationInputs) => LocalizedString;
export const training_validation_data: (inputs: Training_Validation_DataInputs) => LocalizedString;
export const training_validation_split: (inputs: Training_Validation_SplitInputs) => LocalizedString;
export const training_validation_test: (inputs: Training_Validation_TestInputs) => LocalizedString;
export const untitled_lab: (inputs: Untitled_LabInputs) => LocalizedString;
export const weights_curve_describe: (inputs: Weights_Curve_DescribeInputs) => LocalizedString;
export const weights_grad: (inputs: Weights_GradInputs) => LocalizedString;
export const weights_hist_describe: (inputs: Weights_Hist_DescribeInputs) => LocalizedString;
export const weights_hist_title: (inputs: Weights_Hist_TitleInputs) => LocalizedString;
export const weights_histogram: (inputs: Weights_HistogramInputs) => LocalizedString;
export const weights_l1: (inputs: Weights_L1Inputs) => LocalizedString;
export const weights_l2: (inputs: Weights_L2Inputs) => LocalizedString;
export const weights_layer: (inputs: Weights_LayerInputs) => LocalizedString;
export const weights_log_title: (inputs: Weights_Log_TitleInputs) => LocalizedString;
export const weights_none: (inputs: Weights_NoneInputs) => LocalizedString;
export const weights_over: (inputs: Weights_OverInputs) => LocalizedString;
export const weights_sparsity: (inputs: Weights_SparsityInputs) => LocalizedString;
export const weights_sparsity_describe: (inputs: Weights_Sparsity_DescribeInputs) => LocalizedString;
export const weights_x: (inputs: Weights_XInputs) => LocalizedString;
export const weights_y: (inputs: Weights_YInputs) => LocalizedString;
export const words_after: (inputs: Words_AfterInputs) => LocalizedString;
export const words_all_examples: (inputs: Words_All_ExamplesInputs) => LocalizedString;
export const words_at_start: (inputs: Words_At_StartInputs) => LocalizedString;
export const words_aug_fill: (inputs: Words_Aug_FillInputs) => LocalizedString;
export const words_aug_fill_value: (inputs: Words_Aug_Fill_ValueInputs) => LocalizedString;
export const words_aug_height_shift: (inputs: Words_Aug_Height_ShiftInputs) => LocalizedString;
export const words_aug_horizontal_flip: (inputs: Words_Aug_Horizontal_FlipInputs) => LocalizedString;
export const words_aug_rotation: (inputs: Words_Aug_RotationInputs) => LocalizedString;
export const words_aug_shear: (inputs: Words_Aug_ShearInputs) => LocalizedString;
export const words_aug_vertical_flip: (inputs: Words_Aug_Vertical_FlipInputs) => LocalizedString;
export const words_aug_width_shift: (inputs: Words_Aug_Width_ShiftInputs) => LocalizedString;
export const words_aug_zoom: (inputs: Words_Aug_ZoomInputs) => LocalizedString;
export const words_augmentation: (inputs: Words_AugmentationInputs) => LocalizedString;
export const words_augmentation_name: (inputs: Words_Augmentation_NameInputs) => LocalizedString;
export const words_augmentation_none: (inputs: Words_Augmentation_NoneInputs) => LocalizedString;
export const words_batch: (inputs: Words_BatchInputs) => LocalizedString;
export const words_batch_size: (inputs: Words_Batch_SizeInputs) => LocalizedString;
export const words_changes_join: (inputs: Words_Changes_JoinInputs) => LocalizedString;
export const words_dataset: (inputs: Words_DatasetInputs) => LocalizedString;
export const words_default: (inputs: Words_DefaultInputs) => LocalizedString;
export const words_early_stopping: (inputs: Words_Early_StoppingInputs) => LocalizedString;
export const words_early_stopping_best: (inputs: Words_Early_Stopping_BestInputs) => LocalizedString;
export const words_early_stopping_name: (inputs: Words_Early_Stopping_NameInputs) => LocalizedString;
export const words_early_stopping_setting: (inputs: Words_Early_Stopping_SettingInputs) => LocalizedString;
export const words_epochs: (inputs: Words_EpochsInputs) => LocalizedString;
export const words_first_examples: (inputs: Words_First_ExamplesInputs) => LocalizedString;
export const words_fold: (inputs: Words_FoldInputs) => LocalizedString;
export const words_imdb: (inputs: Words_ImdbInputs) => LocalizedString;
export const words_instead: (inputs: Words_InsteadInputs) => LocalizedString;
export const words_instead_of: (inputs: Words_Instead_OfInputs) => LocalizedString;
export const words_label_smoothing: (inputs: Words_Label_SmoothingInputs) => LocalizedString;
export const words_label_smoothing_name: (inputs: Words_Label_Smoothing_NameInputs) => LocalizedString;
export const words_no: (inputs: Words_NoInputs) => LocalizedString;
export const words_none: (inputs: Words_NoneInputs) => LocalizedString;
export const words_not_shuffled_each_epoch: (inputs: Words_Not_Shuffled_Each_EpochInputs) => LocalizedString;
export const words_off: (inputs: Words_OffInputs) => LocalizedString;
export const words_on: (inputs: Words_OnInputs) => LocalizedString;
export const words_on_layer: (inputs: Words_On_LayerInputs) => LocalizedString;
export const words_on_layers: (inputs: Words_On_LayersInputs) => LocalizedString;
export const words_shuffled_each_epoch: (inputs: Words_Shuffled_Each_EpochInputs) => LocalizedString;
export const words_shuffled_labels: (inputs: Words_Shuffled_LabelsInputs) => LocalizedString;
export const words_synthetic: (inputs: Words_SyntheticInputs) => LocalizedString;
export const words_the_start: (inputs: Words_The_StartInputs) => LocalizedString;
export const words_true_labels: (inputs: Words_True_LabelsInputs) => LocalizedString;
export const words_validation_none: (inputs: Words_Validation_NoneInputs) => LocalizedString;
export const words_validation_split: (inputs: Words_Validation_SplitInputs) => LocalizedString;
export const words_validation_test: (inputs: Words_Validation_TestInputs) => LocalizedString;
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
export type Badge_Gpu_FoundInputs = {
    name: NonNullable<unknown>;
};
export type Badge_Gpu_SoftwareInputs = {
    name: NonNullable<unknown>;
};
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
export type Cli_AndInputs = {};
export type Cli_Bench_AdapterInputs = {
    adapter: NonNullable<unknown>;
};
export type Cli_Bench_Adapter_SoftwareInputs = {
    adapter: NonNullable<unknown>;
};
export type Cli_Bench_Cannot_TrainInputs = {};
export type Cli_Bench_Col_BackendInputs = {};
export type Cli_Bench_Col_EngineInputs = {};
export type Cli_Bench_Col_Engine1Inputs = {};
export type Cli_Bench_Col_Epoch_SInputs = {};
export type Cli_Bench_Col_Ms_StepInputs = {};
export type Cli_Bench_Col_Native_ShareInputs = {};
export type Cli_Bench_Col_Peak_MbInputs = {};
export type Cli_Bench_Col_SpeedupInputs = {};
export type Cli_Bench_Col_StockInputs = {};
export type Cli_Bench_Col_Tf_PythonInputs = {};
export type Cli_Bench_Col_Wasm_ShareInputs = {};
export type Cli_Bench_Col_WorkloadInputs = {};
export type Cli_Bench_Cpu_SkippedInputs = {
    workload: NonNullable<unknown>;
};
export type Cli_Bench_GridInputs = {
    one: NonNullable<unknown>;
    two: NonNullable<unknown>;
    ratio: NonNullable<unknown>;
};
export type Cli_Bench_InsightsInputs = {
    backend: NonNullable<unknown>;
    repeats: NonNullable<unknown>;
    plain: NonNullable<unknown>;
    recorded: NonNullable<unknown>;
    overhead: NonNullable<unknown>;
    cpu: NonNullable<unknown>;
    cpuRecorded: NonNullable<unknown>;
    cpuOverhead: NonNullable<unknown>;
    insight: NonNullable<unknown>;
    insightShare: NonNullable<unknown>;
    initial: NonNullable<unknown>;
};
export type Cli_Bench_Insights_FailedInputs = {
    error: NonNullable<unknown>;
};
export type Cli_Bench_Insights_StoredInputs = {
    mnist: NonNullable<unknown>;
    mnistMeta: NonNullable<unknown>;
    moons: NonNullable<unknown>;
    moonsMeta: NonNullable<unknown>;
};
export type Cli_Bench_MatmulInputs = {
    limits: NonNullable<unknown>;
};
export type Cli_Bench_Matmul_NativeInputs = {
    limits: NonNullable<unknown>;
    version: NonNullable<unknown>;
    gflops: NonNullable<unknown>;
};
export type Cli_Bench_Matmul_ThreadsInputs = {
    threads: NonNullable<unknown>;
    gflops: NonNullable<unknown>;
};
export type Cli_Bench_MeasuredInputs = {
    workload: NonNullable<unknown>;
    backend: NonNullable<unknown>;
    mode: NonNullable<unknown>;
    result: NonNullable<unknown>;
};
export type Cli_Bench_Peer_FailedInputs = {
    detail: NonNullable<unknown>;
};
export type Cli_Bench_Peer_No_PythonInputs = {
    path: NonNullable<unknown>;
};
export type Cli_Bench_Samples_Per_SInputs = {
    value: NonNullable<unknown>;
};
export type Cli_Bench_Software_AdapterInputs = {
    gpu: NonNullable<unknown>;
};
export type Cli_Bench_StartInputs = {
    cores: NonNullable<unknown>;
    cpu: NonNullable<unknown>;
    node: NonNullable<unknown>;
    repeats: NonNullable<unknown>;
    seconds: NonNullable<unknown>;
};
export type Cli_Bench_Unknown_CpuInputs = {};
export type Cli_Bench_Webgpu_SkippedInputs = {
    why: NonNullable<unknown>;
};
export type Cli_Check_FailInputs = {};
export type Cli_Check_LabInputs = {
    count: NonNullable<unknown>;
    name: NonNullable<unknown>;
    id: NonNullable<unknown>;
};
export type Cli_Check_PassInputs = {};
export type Cli_Check_PassedInputs = {
    passed: NonNullable<unknown>;
    count: NonNullable<unknown>;
};
export type Cli_Check_Passed_InInputs = {
    passed: NonNullable<unknown>;
    count: NonNullable<unknown>;
    seconds: NonNullable<unknown>;
};
export type Cli_Check_Ran_GridInputs = {
    grid: NonNullable<unknown>;
    status: NonNullable<unknown>;
};
export type Cli_Check_StepInputs = {
    step: NonNullable<unknown>;
    title: NonNullable<unknown>;
    did: NonNullable<unknown>;
    seconds: NonNullable<unknown>;
};
export type Cli_Check_TrainedInputs = {
    name: NonNullable<unknown>;
    status: NonNullable<unknown>;
};
export type Cli_Check_Trained_FailedInputs = {
    name: NonNullable<unknown>;
    status: NonNullable<unknown>;
    error: NonNullable<unknown>;
};
export type Cli_Class_BestInputs = {
    metric: NonNullable<unknown>;
};
export type Cli_Class_ChecksInputs = {};
export type Cli_Class_FileInputs = {};
export type Cli_Class_Host_AnyoneInputs = {};
export type Cli_Class_Host_Codes_UnwrittenInputs = {
    file: NonNullable<unknown>;
};
export type Cli_Class_Host_EverywhereInputs = {
    host: NonNullable<unknown>;
};
export type Cli_Class_Host_LimitsInputs = {
    count: NonNullable<unknown>;
    perStudent: NonNullable<unknown>;
};
export type Cli_Class_Host_ListeningInputs = {
    where: NonNullable<unknown>;
};
export type Cli_Class_Host_LoopbackInputs = {};
export type Cli_Class_Host_NetworkInputs = {
    host: NonNullable<unknown>;
};
export type Cli_Class_Host_No_StudentsInputs = {
    count: NonNullable<unknown>;
    dir: NonNullable<unknown>;
};
export type Cli_Class_Host_RunningInputs = {
    urls: NonNullable<unknown>;
};
export type Cli_Class_Host_StopInputs = {};
export type Cli_Class_Host_Student_CanInputs = {};
export type Cli_Class_Host_StudentsInputs = {
    count: NonNullable<unknown>;
    dir: NonNullable<unknown>;
};
export type Cli_Class_Host_TeacherInputs = {
    url: NonNullable<unknown>;
};
export type Cli_Class_LocksInputs = {};
export type Cli_Class_Locks_ChangedInputs = {};
export type Cli_Class_Locks_OkInputs = {};
export type Cli_Class_Locks_UnknownInputs = {};
export type Cli_Class_No_NameInputs = {};
export type Cli_Class_StudentInputs = {};
export type Cli_Class_TitleInputs = {
    count: NonNullable<unknown>;
    lab: NonNullable<unknown>;
};
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
export type Cli_Evaluate_ResultInputs = {
    count: NonNullable<unknown>;
    dataset: NonNullable<unknown>;
    loss: NonNullable<unknown>;
    accuracy: NonNullable<unknown>;
    run: NonNullable<unknown>;
    name: NonNullable<unknown>;
};
export type Cli_Grid_BarInputs = {
    bar: NonNullable<unknown>;
    value: NonNullable<unknown>;
    total: NonNullable<unknown>;
    trials: NonNullable<unknown>;
    eta: NonNullable<unknown>;
};
export type Cli_Grid_BestInputs = {
    setting: NonNullable<unknown>;
    metric: NonNullable<unknown>;
    mean: NonNullable<unknown>;
    std: NonNullable<unknown>;
};
export type Cli_Grid_Default_BackendInputs = {};
export type Cli_Grid_FoldInputs = {
    fold: NonNullable<unknown>;
};
export type Cli_Grid_HoldoutInputs = {};
export type Cli_Grid_MeanInputs = {
    metric: NonNullable<unknown>;
};
export type Cli_Grid_No_DatasetInputs = {
    dataset: NonNullable<unknown>;
};
export type Cli_Grid_No_WorkerInputs = {};
export type Cli_Grid_Pool_QueuingInputs = {
    count: NonNullable<unknown>;
    url: NonNullable<unknown>;
    who: NonNullable<unknown>;
};
export type Cli_Grid_Pool_ResumingInputs = {
    count: NonNullable<unknown>;
    url: NonNullable<unknown>;
    who: NonNullable<unknown>;
};
export type Cli_Grid_ProgressInputs = {
    done: NonNullable<unknown>;
    total: NonNullable<unknown>;
};
export type Cli_Grid_Progress_EtaInputs = {
    done: NonNullable<unknown>;
    total: NonNullable<unknown>;
    seconds: NonNullable<unknown>;
};
export type Cli_Grid_RefitInputs = {
    loss: NonNullable<unknown>;
    accuracy: NonNullable<unknown>;
};
export type Cli_Grid_ResumingInputs = {
    count: NonNullable<unknown>;
    total: NonNullable<unknown>;
    done: NonNullable<unknown>;
    backend: NonNullable<unknown>;
};
export type Cli_Grid_RunningInputs = {
    count: NonNullable<unknown>;
    total: NonNullable<unknown>;
    done: NonNullable<unknown>;
    backend: NonNullable<unknown>;
};
export type Cli_Grid_SettingInputs = {};
export type Cli_Grid_StoppingInputs = {};
export type Cli_Grid_Trial_DoneInputs = {};
export type Cli_Grid_Trial_PendingInputs = {};
export type Cli_Grid_Workers_NowInputs = {
    count: NonNullable<unknown>;
    names: NonNullable<unknown>;
};
export type Cli_Grids_EmptyInputs = {};
export type Cli_Grids_RowInputs = {
    done: NonNullable<unknown>;
    total: NonNullable<unknown>;
    metric: NonNullable<unknown>;
    best: NonNullable<unknown>;
};
export type Cli_Import_LineInputs = {
    line: NonNullable<unknown>;
    warning: NonNullable<unknown>;
};
export type Cli_Import_WroteInputs = {
    count: NonNullable<unknown>;
    file: NonNullable<unknown>;
    layers: NonNullable<unknown>;
};
export type Cli_Insight_ActivationInputs = {
    layer: NonNullable<unknown>;
    mean: NonNullable<unknown>;
    std: NonNullable<unknown>;
};
export type Cli_Insight_Activation_DeadInputs = {
    layer: NonNullable<unknown>;
    mean: NonNullable<unknown>;
    std: NonNullable<unknown>;
    dead: NonNullable<unknown>;
};
export type Cli_Insight_GradientInputs = {
    norm: NonNullable<unknown>;
};
export type Cli_Insight_No_GradientInputs = {};
export type Cli_Insight_WeightsInputs = {
    layer: NonNullable<unknown>;
    sparsity: NonNullable<unknown>;
    l1: NonNullable<unknown>;
    l2: NonNullable<unknown>;
    grad: NonNullable<unknown>;
};
export type Cli_Inspect_ActivationsInputs = {};
export type Cli_Inspect_ConfidenceInputs = {};
export type Cli_Inspect_ConfusionInputs = {};
export type Cli_Inspect_CornerInputs = {};
export type Cli_Inspect_IndexInputs = {};
export type Cli_Inspect_No_ExamplesInputs = {
    count: NonNullable<unknown>;
    split: NonNullable<unknown>;
};
export type Cli_Inspect_No_SplitInputs = {};
export type Cli_Inspect_No_ValidationInputs = {};
export type Cli_Inspect_None_WrongInputs = {};
export type Cli_Inspect_OutsideInputs = {
    under: NonNullable<unknown>;
    over: NonNullable<unknown>;
};
export type Cli_Inspect_PredictedInputs = {};
export type Cli_Inspect_RightInputs = {
    percent: NonNullable<unknown>;
    count: NonNullable<unknown>;
    split: NonNullable<unknown>;
};
export type Cli_Inspect_TitleInputs = {
    run: NonNullable<unknown>;
    name: NonNullable<unknown>;
    epoch: NonNullable<unknown>;
    last: NonNullable<unknown>;
};
export type Cli_Inspect_TrueInputs = {};
export type Cli_Inspect_WeightsInputs = {};
export type Cli_Inspect_WrongInputs = {};
export type Cli_Labs_MinutesInputs = {
    minutes: NonNullable<unknown>;
    quick: NonNullable<unknown>;
};
export type Cli_Labs_StepsInputs = {
    count: NonNullable<unknown>;
};
export type Cli_Report_WroteInputs = {
    count: NonNullable<unknown>;
    passed: NonNullable<unknown>;
    checks: NonNullable<unknown>;
};
export type Cli_Runs_BackendInputs = {};
export type Cli_Runs_CreatedInputs = {};
export type Cli_Runs_DatasetInputs = {};
export type Cli_Runs_EmptyInputs = {
    store: NonNullable<unknown>;
};
export type Cli_Runs_InsideInputs = {};
export type Cli_Runs_NameInputs = {};
export type Cli_Runs_StatusInputs = {};
export type Cli_Serve_OpenInputs = {};
export type Cli_Serve_PoolInputs = {
    count: NonNullable<unknown>;
    url: NonNullable<unknown>;
};
export type Cli_Serve_RunningInputs = {
    url: NonNullable<unknown>;
};
export type Cli_Start_Browser_GivenInputs = {};
export type Cli_Start_BuildingInputs = {};
export type Cli_Start_No_BinaryInputs = {};
export type Cli_Start_No_ElectronInputs = {
    why: NonNullable<unknown>;
};
export type Cli_Start_Not_InstalledInputs = {};
export type Cli_Store_RepairedInputs = {
    count: NonNullable<unknown>;
    moved: NonNullable<unknown>;
    store: NonNullable<unknown>;
};
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
export type Cli_Worker_HasInputs = {
    datasets: NonNullable<unknown>;
};
export type Cli_Worker_Has_NoneInputs = {};
export type Cli_Worker_JoinedInputs = {
    count: NonNullable<unknown>;
    name: NonNullable<unknown>;
    url: NonNullable<unknown>;
    backend: NonNullable<unknown>;
    has: NonNullable<unknown>;
};
export type Cli_Worker_LeavingInputs = {};
export type Cli_Worker_Leaving_JobsInputs = {
    count: NonNullable<unknown>;
};
export type Cli_Worker_LeftInputs = {
    name: NonNullable<unknown>;
};
export type Cli_Worker_Left_AnywayInputs = {
    url: NonNullable<unknown>;
    seconds: NonNullable<unknown>;
};
export type Cli_WroteInputs = {
    files: NonNullable<unknown>;
};
export type Clierr_ChoicesInputs = {
    list: NonNullable<unknown>;
};
export type Clierr_Did_You_MeanInputs = {
    name: NonNullable<unknown>;
};
export type Clierr_Did_You_Mean_One_OfInputs = {
    list: NonNullable<unknown>;
};
export type Clierr_Help_HintInputs = {};
export type Clierr_Invalid_ArgumentInputs = {
    value: NonNullable<unknown>;
    name: NonNullable<unknown>;
    reason: NonNullable<unknown>;
};
export type Clierr_Invalid_ValueInputs = {
    option: NonNullable<unknown>;
    value: NonNullable<unknown>;
    reason: NonNullable<unknown>;
};
export type Clierr_Missing_ArgumentInputs = {
    name: NonNullable<unknown>;
};
export type Clierr_Missing_OptionInputs = {
    option: NonNullable<unknown>;
};
export type Clierr_Not_NumberInputs = {
    value: NonNullable<unknown>;
};
export type Clierr_Not_One_OfInputs = {
    value: NonNullable<unknown>;
    list: NonNullable<unknown>;
};
export type Clierr_Not_PortInputs = {
    value: NonNullable<unknown>;
};
export type Clierr_Not_WholeInputs = {
    value: NonNullable<unknown>;
    min: NonNullable<unknown>;
};
export type Clierr_Option_No_ValueInputs = {
    option: NonNullable<unknown>;
};
export type Clierr_Too_ManyInputs = {
    expected: NonNullable<unknown>;
    count: NonNullable<unknown>;
};
export type Clierr_Too_Many_ForInputs = {
    expected: NonNullable<unknown>;
    count: NonNullable<unknown>;
    command: NonNullable<unknown>;
};
export type Clierr_Unknown_CommandInputs = {
    command: NonNullable<unknown>;
};
export type Clierr_Unknown_OptionInputs = {
    option: NonNullable<unknown>;
};
export type Clihelp_ArgumentsInputs = {};
export type Clihelp_BenchInputs = {};
export type Clihelp_CheckInputs = {};
export type Clihelp_ClassInputs = {};
export type Clihelp_CommandsInputs = {};
export type Clihelp_DatasetsInputs = {};
export type Clihelp_EvaluateInputs = {};
export type Clihelp_ExportInputs = {};
export type Clihelp_GridInputs = {};
export type Clihelp_GridsInputs = {};
export type Clihelp_HelpInputs = {};
export type Clihelp_ImportInputs = {};
export type Clihelp_InspectInputs = {};
export type Clihelp_LabsInputs = {};
export type Clihelp_LangInputs = {};
export type Clihelp_OptionsInputs = {};
export type Clihelp_ProgramInputs = {};
export type Clihelp_ReportInputs = {};
export type Clihelp_RunsInputs = {};
export type Clihelp_ServeInputs = {};
export type Clihelp_StartInputs = {};
export type Clihelp_StoreInputs = {};
export type Clihelp_TrainInputs = {};
export type Clihelp_UsageInputs = {};
export type Clihelp_VersionInputs = {};
export type Clihelp_WorkerInputs = {};
export type Cliopt_BackendInputs = {};
export type Cliopt_Bench_BackendsInputs = {};
export type Cliopt_Bench_Insights_OnlyInputs = {};
export type Cliopt_Bench_JsonInputs = {};
export type Cliopt_Bench_ModesInputs = {};
export type Cliopt_Bench_No_GridInputs = {};
export type Cliopt_Bench_No_InsightsInputs = {};
export type Cliopt_Bench_No_PeerInputs = {};
export type Cliopt_Bench_RepeatsInputs = {};
export type Cliopt_Bench_SecondsInputs = {};
export type Cliopt_Bench_WebgpuInputs = {};
export type Cliopt_Bench_WorkloadsInputs = {
    list: NonNullable<unknown>;
};
export type Cliopt_Check_LabInputs = {};
export type Cliopt_Check_QuickInputs = {};
export type Cliopt_Check_WalkInputs = {};
export type Cliopt_ChoicesInputs = {
    list: NonNullable<unknown>;
};
export type Cliopt_Class_CsvInputs = {};
export type Cliopt_Class_DirInputs = {};
export type Cliopt_Class_JsonInputs = {};
export type Cliopt_Class_LabInputs = {};
export type Cliopt_Data_DirInputs = {};
export type Cliopt_Datasets_Data_DirInputs = {};
export type Cliopt_Datasets_DownloadInputs = {};
export type Cliopt_Datasets_JsonInputs = {};
export type Cliopt_DefaultInputs = {
    value: NonNullable<unknown>;
};
export type Cliopt_Evaluate_Data_DirInputs = {};
export type Cliopt_Evaluate_DatasetInputs = {};
export type Cliopt_Evaluate_RunInputs = {};
export type Cliopt_Export_FormatInputs = {};
export type Cliopt_Export_FormatsInputs = {};
export type Cliopt_Export_JsonInputs = {};
export type Cliopt_Export_OutInputs = {};
export type Cliopt_Export_Run_LabInputs = {};
export type Cliopt_ExtrasInputs = {
    list: NonNullable<unknown>;
};
export type Cliopt_Grid_FoldsInputs = {};
export type Cliopt_Grid_HoldoutInputs = {};
export type Cliopt_Grid_LabInputs = {};
export type Cliopt_Grid_No_RefitInputs = {};
export type Cliopt_Grid_ParallelInputs = {};
export type Cliopt_Grid_RandomInputs = {};
export type Cliopt_Grid_Rank_ByInputs = {};
export type Cliopt_Grid_RedisInputs = {};
export type Cliopt_Grid_RestartInputs = {};
export type Cliopt_Grid_SweepInputs = {};
export type Cliopt_Grids_JsonInputs = {};
export type Cliopt_Import_CodeInputs = {};
export type Cliopt_Import_JsonInputs = {};
export type Cliopt_Import_OutInputs = {
    ext: NonNullable<unknown>;
};
export type Cliopt_Inspect_EpochInputs = {};
export type Cliopt_Inspect_RunInputs = {};
export type Cliopt_Json_LinesInputs = {};
export type Cliopt_Json_OneInputs = {};
export type Cliopt_Labs_JsonInputs = {};
export type Cliopt_Report_FormatInputs = {};
export type Cliopt_Report_JsonInputs = {};
export type Cliopt_Report_LabInputs = {};
export type Cliopt_Report_OutInputs = {};
export type Cliopt_Report_RunsInputs = {};
export type Cliopt_Runs_JsonInputs = {};
export type Cliopt_SeparatorInputs = {};
export type Cliopt_Serve_ClassInputs = {};
export type Cliopt_Serve_Class_DirInputs = {};
export type Cliopt_Serve_Class_ListInputs = {};
export type Cliopt_Serve_HostInputs = {};
export type Cliopt_Serve_Max_TrainersInputs = {};
export type Cliopt_Serve_OpenInputs = {};
export type Cliopt_Serve_Per_StudentInputs = {};
export type Cliopt_Serve_PortInputs = {};
export type Cliopt_Serve_RebuildInputs = {};
export type Cliopt_Serve_RedisInputs = {};
export type Cliopt_Start_BrowserInputs = {};
export type Cliopt_Start_No_OpenInputs = {};
export type Cliopt_Start_PortInputs = {};
export type Cliopt_Start_RebuildInputs = {};
export type Cliopt_Store_RepairInputs = {};
export type Cliopt_Store_Repair_JsonInputs = {};
export type Cliopt_Train_Batch_SizeInputs = {};
export type Cliopt_Train_DatasetInputs = {};
export type Cliopt_Train_Early_Stopping_Min_DeltaInputs = {};
export type Cliopt_Train_Early_Stopping_MonitorInputs = {};
export type Cliopt_Train_Early_Stopping_PatienceInputs = {};
export type Cliopt_Train_EpochsInputs = {};
export type Cliopt_Train_LabInputs = {};
export type Cliopt_Train_Label_SmoothingInputs = {};
export type Cliopt_Train_Learning_RateInputs = {};
export type Cliopt_Train_LossInputs = {};
export type Cliopt_Train_ModelInputs = {};
export type Cliopt_Train_MomentumInputs = {};
export type Cliopt_Train_NameInputs = {};
export type Cliopt_Train_OptimizerInputs = {};
export type Cliopt_Train_Restore_Best_WeightsInputs = {};
export type Cliopt_Train_SeedInputs = {};
export type Cliopt_Train_Shuffle_LabelsInputs = {};
export type Cliopt_Train_Train_SubsetInputs = {};
export type Cliopt_Train_ValidationInputs = {};
export type Cliopt_Worker_ConcurrencyInputs = {};
export type Cliopt_Worker_Data_DirInputs = {};
export type Cliopt_Worker_NameInputs = {};
export type Cliopt_Worker_RedisInputs = {};
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
export type Curves_BaselineInputs = {};
export type Curves_Confusion_LabelInputs = {
    count: NonNullable<unknown>;
    percent: NonNullable<unknown>;
    truth: NonNullable<unknown>;
};
export type Curves_Confusion_TitleInputs = {
    truth: NonNullable<unknown>;
    predicted: NonNullable<unknown>;
};
export type Curves_Dead_TooltipInputs = {
    run: NonNullable<unknown>;
    percent: NonNullable<unknown>;
};
export type Curves_Early_StopInputs = {};
export type Curves_Heat_AcrossInputs = {};
export type Curves_Heat_BestInputs = {};
export type Curves_Heat_BetterInputs = {};
export type Curves_Heat_Caption_FoldsInputs = {
    metric: NonNullable<unknown>;
    folds: NonNullable<unknown>;
};
export type Curves_Heat_Caption_HoldoutInputs = {
    metric: NonNullable<unknown>;
};
export type Curves_Heat_FixedInputs = {
    settings: NonNullable<unknown>;
};
export type Curves_Heat_FoldsInputs = {
    metric: NonNullable<unknown>;
    score: NonNullable<unknown>;
    std: NonNullable<unknown>;
    folds: NonNullable<unknown>;
};
export type Curves_Heat_HoldoutInputs = {
    metric: NonNullable<unknown>;
    score: NonNullable<unknown>;
};
export type Curves_Heat_UnfinishedInputs = {};
export type Curves_Heat_UpInputs = {};
export type Curves_Heat_WorseInputs = {};
export type Curves_InputInputs = {
    index: NonNullable<unknown>;
};
export type Curves_Legend_BaselineInputs = {
    name: NonNullable<unknown>;
};
export type Curves_Legend_ChangesInputs = {
    changes: NonNullable<unknown>;
};
export type Curves_PredictedInputs = {};
export type Curves_Spread_TooltipInputs = {
    run: NonNullable<unknown>;
    mean: NonNullable<unknown>;
    std: NonNullable<unknown>;
};
export type Curves_TrueInputs = {};
export type Curves_Weight_FromInputs = {
    value: NonNullable<unknown>;
};
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
export type Dstext_CirclesInputs = {};
export type Dstext_Fashion_MnistInputs = {};
export type Dstext_HintInputs = {
    files: NonNullable<unknown>;
    folder: NonNullable<unknown>;
    name: NonNullable<unknown>;
};
export type Dstext_Hint_AptInputs = {
    apt: NonNullable<unknown>;
};
export type Dstext_Hint_ImdbInputs = {
    files: NonNullable<unknown>;
    folder: NonNullable<unknown>;
};
export type Dstext_ImdbInputs = {};
export type Dstext_MnistInputs = {};
export type Dstext_MoonsInputs = {};
export type Dstext_SpiralsInputs = {};
export type Dstext_Spirals_TitleInputs = {
    name: NonNullable<unknown>;
    arms: NonNullable<unknown>;
    samples: NonNullable<unknown>;
    noise: NonNullable<unknown>;
    seed: NonNullable<unknown>;
};
export type Dstext_Synthetic_TitleInputs = {
    name: NonNullable<unknown>;
    samples: NonNullable<unknown>;
    noise: NonNullable<unknown>;
    seed: NonNullable<unknown>;
};
export type Duration_MinutesInputs = {
    min: NonNullable<unknown>;
    s: NonNullable<unknown>;
};
export type Duration_SecondsInputs = {
    s: NonNullable<unknown>;
};
export type Edialog_LabInputs = {};
export type Edialog_Lab_Or_KerasInputs = {};
export type Edialog_Open_LabInputs = {};
export type Edialog_QuitInputs = {};
export type Edialog_Store_Cannot_OpenInputs = {};
export type Edialog_Store_DamagedInputs = {};
export type Edialog_Store_Move_AsideInputs = {};
export type Edialog_Store_MovedInputs = {
    count: NonNullable<unknown>;
    moved: NonNullable<unknown>;
};
export type Error_Augment_Needs_ImagesInputs = {
    title: NonNullable<unknown>;
    shape: NonNullable<unknown>;
};
export type Error_Augment_Not_ImagesInputs = {
    dataset: NonNullable<unknown>;
    shape: NonNullable<unknown>;
};
export type Error_Backend_NoneInputs = {
    reasons: NonNullable<unknown>;
};
export type Error_Backend_UnknownInputs = {
    backend: NonNullable<unknown>;
    list: NonNullable<unknown>;
};
export type Error_Budget_NeedsInputs = {
    total: NonNullable<unknown>;
    params: NonNullable<unknown>;
    paramBytes: NonNullable<unknown>;
    batch: NonNullable<unknown>;
    activations: NonNullable<unknown>;
};
export type Error_Budget_Not_FreeInputs = {
    needs: NonNullable<unknown>;
    free: NonNullable<unknown>;
};
export type Error_Budget_Over_HalfInputs = {
    needs: NonNullable<unknown>;
    machine: NonNullable<unknown>;
    cap: NonNullable<unknown>;
};
export type Error_Builtin_MissingInputs = {
    title: NonNullable<unknown>;
    name: NonNullable<unknown>;
    searched: NonNullable<unknown>;
    hint: NonNullable<unknown>;
};
export type Error_Builtin_Missing_PartialInputs = {
    title: NonNullable<unknown>;
    name: NonNullable<unknown>;
    searched: NonNullable<unknown>;
    partial: NonNullable<unknown>;
    hint: NonNullable<unknown>;
};
export type Error_Builtin_No_FoldersInputs = {};
export type Error_Busy_Delete_GridInputs = {};
export type Error_Busy_Delete_RunInputs = {};
export type Error_Busy_Grid_RunningInputs = {};
export type Error_Busy_Repair_StoreInputs = {};
export type Error_Class_HostInputs = {
    host: NonNullable<unknown>;
    list: NonNullable<unknown>;
};
export type Error_Class_No_PoolInputs = {};
export type Error_Cli_Class_OnlyInputs = {
    flag: NonNullable<unknown>;
};
export type Error_Cli_ConcurrencyInputs = {
    concurrency: NonNullable<unknown>;
};
export type Error_Cli_Import_JsonInputs = {
    file: NonNullable<unknown>;
};
export type Error_Cli_Lab_And_ModelInputs = {};
export type Error_Cli_Lab_No_WeightsInputs = {
    arg: NonNullable<unknown>;
    format: NonNullable<unknown>;
};
export type Error_Cli_LangInputs = {
    lang: NonNullable<unknown>;
    list: NonNullable<unknown>;
};
export type Error_Cli_Model_File_And_ModelInputs = {};
export type Error_Cli_Model_InvalidInputs = {
    issues: NonNullable<unknown>;
};
export type Error_Cli_Model_Needs_DatasetInputs = {};
export type Error_Cli_Model_Too_LargeInputs = {
    file: NonNullable<unknown>;
    megabytes: NonNullable<unknown>;
};
export type Error_Cli_No_EpochInputs = {
    name: NonNullable<unknown>;
    epoch: NonNullable<unknown>;
    last: NonNullable<unknown>;
};
export type Error_Cli_No_GridInputs = {};
export type Error_Cli_No_InsightsInputs = {
    name: NonNullable<unknown>;
};
export type Error_Cli_No_QuickInputs = {
    arg: NonNullable<unknown>;
};
export type Error_Cli_No_RunInputs = {
    arg: NonNullable<unknown>;
};
export type Error_Cli_No_Run_Or_LabInputs = {
    arg: NonNullable<unknown>;
};
export type Error_Cli_No_Run_Or_ModelInputs = {
    arg: NonNullable<unknown>;
};
export type Error_Cli_Not_GuidedInputs = {
    arg: NonNullable<unknown>;
};
export type Error_Cli_Redis_Not_ClassInputs = {};
export type Error_Cli_Report_FolderInputs = {
    dir: NonNullable<unknown>;
};
export type Error_Cli_Report_FormatInputs = {
    format: NonNullable<unknown>;
};
export type Error_Cli_Run_No_WeightsInputs = {
    arg: NonNullable<unknown>;
};
export type Error_Cli_Sweep_SyntaxInputs = {
    text: NonNullable<unknown>;
};
export type Error_Cli_Train_WhatInputs = {};
export type Error_Cli_Training_SettingInputs = {
    issues: NonNullable<unknown>;
};
export type Error_Cli_Unknown_DatasetInputs = {
    value: NonNullable<unknown>;
};
export type Error_Cli_ValidationInputs = {
    value: NonNullable<unknown>;
};
export type Error_Cli_Worker_NameInputs = {
    name: NonNullable<unknown>;
};
export type Error_ContextInputs = {
    context: NonNullable<unknown>;
    sentence: NonNullable<unknown>;
};
export type Error_Csv_Label_ColumnInputs = {
    name: NonNullable<unknown>;
};
export type Error_Csv_No_Column_IndexInputs = {
    file: NonNullable<unknown>;
    width: NonNullable<unknown>;
    last: NonNullable<unknown>;
    column: NonNullable<unknown>;
};
export type Error_Csv_No_Column_NameInputs = {
    file: NonNullable<unknown>;
    column: NonNullable<unknown>;
    columns: NonNullable<unknown>;
};
export type Error_Csv_No_HeaderInputs = {
    file: NonNullable<unknown>;
    column: NonNullable<unknown>;
};
export type Error_Csv_Not_NumberInputs = {
    file: NonNullable<unknown>;
    line: NonNullable<unknown>;
    column: NonNullable<unknown>;
    name: NonNullable<unknown>;
    value: NonNullable<unknown>;
};
export type Error_Csv_One_ColumnInputs = {
    file: NonNullable<unknown>;
};
export type Error_Csv_QuotesInputs = {
    file: NonNullable<unknown>;
    line: NonNullable<unknown>;
    detail: NonNullable<unknown>;
};
export type Error_Csv_RowInputs = {
    line: NonNullable<unknown>;
};
export type Error_Csv_Row_WidthInputs = {
    file: NonNullable<unknown>;
    line: NonNullable<unknown>;
    cells: NonNullable<unknown>;
    first: NonNullable<unknown>;
    width: NonNullable<unknown>;
};
export type Error_Csv_The_HeaderInputs = {};
export type Error_Data_Bad_GzipInputs = {
    file: NonNullable<unknown>;
    detail: NonNullable<unknown>;
};
export type Error_Data_DeniedInputs = {
    file: NonNullable<unknown>;
};
export type Error_Data_Empty_FileInputs = {
    file: NonNullable<unknown>;
};
export type Error_Data_FolderInputs = {
    file: NonNullable<unknown>;
};
export type Error_Data_Header_OnlyInputs = {
    file: NonNullable<unknown>;
};
export type Error_Data_InflatesInputs = {
    file: NonNullable<unknown>;
    limit: NonNullable<unknown>;
};
export type Error_Data_MissingInputs = {
    file: NonNullable<unknown>;
};
export type Error_Data_No_Class_FoldersInputs = {
    dir: NonNullable<unknown>;
    example: NonNullable<unknown>;
};
export type Error_Data_Npy_AloneInputs = {
    path: NonNullable<unknown>;
};
export type Error_Data_Partial_FilesInputs = {
    folder: NonNullable<unknown>;
    found: NonNullable<unknown>;
    missing: NonNullable<unknown>;
};
export type Error_Data_Partial_FolderInputs = {
    folder: NonNullable<unknown>;
    missing: NonNullable<unknown>;
};
export type Error_Data_Partial_FoldersInputs = {
    folder: NonNullable<unknown>;
    missing: NonNullable<unknown>;
};
export type Error_Data_Unknown_KindInputs = {
    path: NonNullable<unknown>;
};
export type Error_Data_UnreadableInputs = {
    file: NonNullable<unknown>;
    detail: NonNullable<unknown>;
};
export type Error_Details_In_LogInputs = {
    sentence: NonNullable<unknown>;
    log: NonNullable<unknown>;
};
export type Error_DisconnectedInputs = {};
export type Error_DivergedInputs = {
    epoch: NonNullable<unknown>;
    loss: NonNullable<unknown>;
    rate: NonNullable<unknown>;
};
export type Error_Doing_Check_StepsInputs = {};
export type Error_Doing_Delete_GridInputs = {};
export type Error_Doing_Delete_RunInputs = {};
export type Error_Doing_EvaluateInputs = {};
export type Error_Doing_List_GridsInputs = {};
export type Error_Doing_List_LabsInputs = {};
export type Error_Doing_List_LibraryInputs = {};
export type Error_Doing_List_RunsInputs = {};
export type Error_Doing_Load_GridInputs = {};
export type Error_Doing_Load_RunInputs = {};
export type Error_Doing_Open_FileInputs = {};
export type Error_Doing_Open_LabInputs = {};
export type Error_Doing_Open_NamedInputs = {
    name: NonNullable<unknown>;
};
export type Error_Doing_Rename_RunInputs = {};
export type Error_Doing_Repair_StoreInputs = {};
export type Error_Doing_Save_LabInputs = {};
export type Error_Doing_Start_GridInputs = {};
export type Error_Doing_Start_TrainingInputs = {};
export type Error_Doing_Stop_GridInputs = {};
export type Error_Download_BrokeInputs = {
    url: NonNullable<unknown>;
    detail: NonNullable<unknown>;
    byHand: NonNullable<unknown>;
};
export type Error_Download_By_HandInputs = {
    folder: NonNullable<unknown>;
};
export type Error_Download_HttpInputs = {
    url: NonNullable<unknown>;
    status: NonNullable<unknown>;
    byHand: NonNullable<unknown>;
};
export type Error_Download_Md5Inputs = {
    url: NonNullable<unknown>;
    got: NonNullable<unknown>;
    md5: NonNullable<unknown>;
    received: NonNullable<unknown>;
    byHand: NonNullable<unknown>;
};
export type Error_Download_MkdirInputs = {
    folder: NonNullable<unknown>;
    detail: NonNullable<unknown>;
};
export type Error_Download_UnreachableInputs = {
    url: NonNullable<unknown>;
    cause: NonNullable<unknown>;
    byHand: NonNullable<unknown>;
};
export type Error_Early_Stopping_No_ValidationInputs = {
    monitor: NonNullable<unknown>;
};
export type Error_Export_No_HistoryInputs = {
    name: NonNullable<unknown>;
};
export type Error_Export_No_History_CliInputs = {
    name: NonNullable<unknown>;
};
export type Error_Export_No_WeightsInputs = {
    format: NonNullable<unknown>;
};
export type Error_File_BinaryInputs = {
    file: NonNullable<unknown>;
    what: NonNullable<unknown>;
};
export type Error_File_MissingInputs = {
    file: NonNullable<unknown>;
};
export type Error_File_Too_LargeInputs = {
    file: NonNullable<unknown>;
    megabytes: NonNullable<unknown>;
    what: NonNullable<unknown>;
};
export type Error_Fold_MissingInputs = {
    index: NonNullable<unknown>;
    folds: NonNullable<unknown>;
};
export type Error_Fold_Too_FewInputs = {
    folds: NonNullable<unknown>;
    count: NonNullable<unknown>;
};
export type Error_Fs_Action_MkdirInputs = {};
export type Error_Fs_Action_ReadInputs = {};
export type Error_Fs_Action_WriteInputs = {};
export type Error_Fs_Cannot_MkdirInputs = {};
export type Error_Fs_Disk_FullInputs = {};
export type Error_Fs_ExistsInputs = {};
export type Error_Fs_FailedInputs = {
    action: NonNullable<unknown>;
    file: NonNullable<unknown>;
    why: NonNullable<unknown>;
};
export type Error_Fs_Is_FolderInputs = {};
export type Error_Fs_LoopInputs = {};
export type Error_Fs_MissingInputs = {};
export type Error_Fs_No_ParentInputs = {};
export type Error_Fs_Not_FolderInputs = {};
export type Error_Fs_PermissionInputs = {};
export type Error_Fs_Read_OnlyInputs = {};
export type Error_Fs_SystemInputs = {
    detail: NonNullable<unknown>;
};
export type Error_Fs_Too_LongInputs = {};
export type Error_Fs_Too_Many_OpenInputs = {};
export type Error_Future_Version_GraphInputs = {
    version: NonNullable<unknown>;
    current: NonNullable<unknown>;
};
export type Error_Future_Version_LabInputs = {
    version: NonNullable<unknown>;
    current: NonNullable<unknown>;
};
export type Error_Graph_InvalidInputs = {
    issues: NonNullable<unknown>;
};
export type Error_Graph_Not_ObjectInputs = {};
export type Error_Grid_At_LeastInputs = {
    value: NonNullable<unknown>;
    limit: NonNullable<unknown>;
};
export type Error_Grid_At_MostInputs = {
    value: NonNullable<unknown>;
    limit: NonNullable<unknown>;
};
export type Error_Grid_BoolInputs = {
    value: NonNullable<unknown>;
};
export type Error_Grid_InvalidInputs = {
    issues: NonNullable<unknown>;
};
export type Error_Grid_Is_ValueInputs = {
    value: NonNullable<unknown>;
    detail: NonNullable<unknown>;
};
export type Error_Grid_Less_ThanInputs = {
    value: NonNullable<unknown>;
    limit: NonNullable<unknown>;
};
export type Error_Grid_More_ThanInputs = {
    value: NonNullable<unknown>;
    limit: NonNullable<unknown>;
};
export type Error_Grid_No_ParamInputs = {
    param: NonNullable<unknown>;
    name: NonNullable<unknown>;
    kind: NonNullable<unknown>;
};
export type Error_Grid_NoneInputs = {
    name: NonNullable<unknown>;
};
export type Error_Grid_Not_NumberInputs = {
    value: NonNullable<unknown>;
};
export type Error_Grid_Not_SweepableInputs = {
    key: NonNullable<unknown>;
    list: NonNullable<unknown>;
};
export type Error_Grid_Not_WholeInputs = {
    value: NonNullable<unknown>;
};
export type Error_Grid_NumbersInputs = {
    path: NonNullable<unknown>;
    value: NonNullable<unknown>;
};
export type Error_Grid_OptimizerInputs = {
    list: NonNullable<unknown>;
    value: NonNullable<unknown>;
};
export type Error_Grid_Refit_FailedInputs = {
    detail: NonNullable<unknown>;
};
export type Error_Grid_Regularizer_PathInputs = {
    name: NonNullable<unknown>;
    param: NonNullable<unknown>;
};
export type Error_Grid_See_Its_RunsInputs = {};
export type Error_Grid_See_Their_RunsInputs = {};
export type Error_Grid_SelectorInputs = {
    path: NonNullable<unknown>;
    problem: NonNullable<unknown>;
};
export type Error_Grid_SettingInputs = {
    path: NonNullable<unknown>;
    problem: NonNullable<unknown>;
};
export type Error_Grid_TimesInputs = {
    a: NonNullable<unknown>;
    b: NonNullable<unknown>;
};
export type Error_Grid_Too_ManyInputs = {
    count: NonNullable<unknown>;
    values: NonNullable<unknown>;
    max: NonNullable<unknown>;
};
export type Error_Grid_TrialInputs = {
    trial: NonNullable<unknown>;
    detail: NonNullable<unknown>;
};
export type Error_Grid_Trial_FailedInputs = {
    trial: NonNullable<unknown>;
    detail: NonNullable<unknown>;
};
export type Error_Grid_Trial_ModelInputs = {
    trial: NonNullable<unknown>;
    issue: NonNullable<unknown>;
};
export type Error_Grid_Trial_No_StartInputs = {
    trial: NonNullable<unknown>;
    detail: NonNullable<unknown>;
};
export type Error_Grid_Trial_TrainingInputs = {
    trial: NonNullable<unknown>;
    path: NonNullable<unknown>;
    issue: NonNullable<unknown>;
};
export type Error_Grid_Trials_FailedInputs = {
    failed: NonNullable<unknown>;
    total: NonNullable<unknown>;
    detail: NonNullable<unknown>;
};
export type Error_Grid_TwiceInputs = {
    key: NonNullable<unknown>;
    other: NonNullable<unknown>;
    path: NonNullable<unknown>;
    name: NonNullable<unknown>;
};
export type Error_Grid_Values_OfInputs = {
    count: NonNullable<unknown>;
    path: NonNullable<unknown>;
};
export type Error_Host_Invalid_ArgumentsInputs = {
    method: NonNullable<unknown>;
    issues: NonNullable<unknown>;
};
export type Error_Host_Unknown_MethodInputs = {
    method: NonNullable<unknown>;
};
export type Error_Idx_ExtraInputs = {
    file: NonNullable<unknown>;
    extra: NonNullable<unknown>;
    what: NonNullable<unknown>;
};
export type Error_Idx_Images_OfInputs = {
    count: NonNullable<unknown>;
    size: NonNullable<unknown>;
};
export type Error_Idx_Labels_OfInputs = {
    count: NonNullable<unknown>;
};
export type Error_Idx_MagicInputs = {
    file: NonNullable<unknown>;
    magic: NonNullable<unknown>;
    expected: NonNullable<unknown>;
    why: NonNullable<unknown>;
};
export type Error_Idx_Not_ImagesInputs = {};
export type Error_Idx_Not_LabelsInputs = {};
export type Error_Idx_Swapped_ImagesInputs = {
    magic: NonNullable<unknown>;
};
export type Error_Idx_Swapped_LabelsInputs = {
    magic: NonNullable<unknown>;
};
export type Error_Idx_Too_ShortInputs = {
    file: NonNullable<unknown>;
    bytes: NonNullable<unknown>;
};
export type Error_Idx_TruncatedInputs = {
    file: NonNullable<unknown>;
    what: NonNullable<unknown>;
    want: NonNullable<unknown>;
    bytes: NonNullable<unknown>;
};
export type Error_Idx_Truncated_HeaderInputs = {
    file: NonNullable<unknown>;
    bytes: NonNullable<unknown>;
};
export type Error_Images_NoneInputs = {
    folder: NonNullable<unknown>;
};
export type Error_Images_Not_ImageInputs = {
    file: NonNullable<unknown>;
};
export type Error_Images_Test_ClassInputs = {
    dir: NonNullable<unknown>;
    names: NonNullable<unknown>;
    train: NonNullable<unknown>;
};
export type Error_Images_Test_ClassesInputs = {
    dir: NonNullable<unknown>;
    names: NonNullable<unknown>;
    train: NonNullable<unknown>;
};
export type Error_Images_Too_BigInputs = {
    file: NonNullable<unknown>;
    size: NonNullable<unknown>;
    max: NonNullable<unknown>;
};
export type Error_Images_Too_ManyInputs = {
    root: NonNullable<unknown>;
    count: NonNullable<unknown>;
    size: NonNullable<unknown>;
    shape: NonNullable<unknown>;
    cap: NonNullable<unknown>;
};
export type Error_Images_UndecodableInputs = {
    file: NonNullable<unknown>;
    format: NonNullable<unknown>;
    detail: NonNullable<unknown>;
};
export type Error_Imdb_ArchiveInputs = {
    file: NonNullable<unknown>;
    detail: NonNullable<unknown>;
    count: NonNullable<unknown>;
};
export type Error_Imdb_InsideInputs = {
    folder: NonNullable<unknown>;
    source: NonNullable<unknown>;
};
export type Error_Imdb_No_ReviewsInputs = {
    where: NonNullable<unknown>;
    layout: NonNullable<unknown>;
};
export type Error_In_StepInputs = {
    where: NonNullable<unknown>;
    step: NonNullable<unknown>;
    detail: NonNullable<unknown>;
};
export type Error_In_WhereInputs = {
    where: NonNullable<unknown>;
    detail: NonNullable<unknown>;
};
export type Error_InternalInputs = {
    detail: NonNullable<unknown>;
};
export type Error_Json_AtInputs = {
    where: NonNullable<unknown>;
    problem: NonNullable<unknown>;
    line: NonNullable<unknown>;
    column: NonNullable<unknown>;
};
export type Error_Json_CharacterInputs = {
    where: NonNullable<unknown>;
};
export type Error_Json_EndsInputs = {
    where: NonNullable<unknown>;
};
export type Error_Keras_ActivationInputs = {
    layer: NonNullable<unknown>;
    value: NonNullable<unknown>;
    fallback: NonNullable<unknown>;
    list: NonNullable<unknown>;
};
export type Error_Keras_Bad_ValueInputs = {
    layer: NonNullable<unknown>;
    key: NonNullable<unknown>;
    value: NonNullable<unknown>;
    expected: NonNullable<unknown>;
};
export type Error_Keras_Batchnorm_AxisInputs = {
    layer: NonNullable<unknown>;
    axis: NonNullable<unknown>;
};
export type Error_Keras_Expected_Batch_ShapeInputs = {};
export type Error_Keras_Expected_BoolInputs = {};
export type Error_Keras_Expected_Input_ShapeInputs = {};
export type Error_Keras_Expected_IntInputs = {};
export type Error_Keras_Expected_Int_ListInputs = {};
export type Error_Keras_Expected_NumberInputs = {};
export type Error_Keras_Expected_PairInputs = {};
export type Error_Keras_Export_InvalidInputs = {
    detail: NonNullable<unknown>;
};
export type Error_Keras_InInputs = {
    where: NonNullable<unknown>;
    detail: NonNullable<unknown>;
};
export type Error_Keras_In_LineInputs = {
    where: NonNullable<unknown>;
    detail: NonNullable<unknown>;
    line: NonNullable<unknown>;
};
export type Error_Keras_Inbound_EmptyInputs = {
    layer: NonNullable<unknown>;
};
export type Error_Keras_Inbound_Not_ListInputs = {
    layer: NonNullable<unknown>;
    value: NonNullable<unknown>;
};
export type Error_Keras_Input_Not_FirstInputs = {
    name: NonNullable<unknown>;
};
export type Error_Keras_LayerInputs = {
    kind: NonNullable<unknown>;
    name: NonNullable<unknown>;
};
export type Error_Keras_Layer_NamedInputs = {
    name: NonNullable<unknown>;
};
export type Error_Keras_Layer_NumberInputs = {
    number: NonNullable<unknown>;
};
export type Error_Keras_LoopInputs = {
    names: NonNullable<unknown>;
};
export type Error_Keras_Merge_In_SequentialInputs = {
    layer: NonNullable<unknown>;
};
export type Error_Keras_Needs_DefaultInputs = {
    layer: NonNullable<unknown>;
    key: NonNullable<unknown>;
    value: NonNullable<unknown>;
    uses: NonNullable<unknown>;
};
export type Error_Keras_Nested_ModelInputs = {};
export type Error_Keras_No_Class_NameInputs = {
    number: NonNullable<unknown>;
};
export type Error_Keras_No_Input_ShapeInputs = {
    where: NonNullable<unknown>;
};
export type Error_Keras_No_LayersInputs = {
    where: NonNullable<unknown>;
};
export type Error_Keras_No_Layers_SequentialInputs = {
    where: NonNullable<unknown>;
};
export type Error_Keras_Not_JsonInputs = {
    where: NonNullable<unknown>;
    detail: NonNullable<unknown>;
};
export type Error_Keras_Not_ModelInputs = {
    where: NonNullable<unknown>;
};
export type Error_Keras_Not_Model_ClassInputs = {
    where: NonNullable<unknown>;
    kind: NonNullable<unknown>;
};
export type Error_Keras_PaddingInputs = {
    layer: NonNullable<unknown>;
    value: NonNullable<unknown>;
};
export type Error_Keras_Place_CodeInputs = {};
export type Error_Keras_Place_Code_StartInputs = {};
export type Error_Keras_Place_ModelInputs = {};
export type Error_Keras_Place_Model_StartInputs = {};
export type Error_Keras_Reads_Other_OutputInputs = {
    layer: NonNullable<unknown>;
    tensor: NonNullable<unknown>;
    node: NonNullable<unknown>;
    source: NonNullable<unknown>;
};
export type Error_Keras_RegularizerInputs = {
    layer: NonNullable<unknown>;
    key: NonNullable<unknown>;
    value: NonNullable<unknown>;
};
export type Error_Keras_Same_NameInputs = {
    name: NonNullable<unknown>;
};
export type Error_Keras_Shape_Not_FixedInputs = {
    layer: NonNullable<unknown>;
    shape: NonNullable<unknown>;
};
export type Error_Keras_Shared_LayerInputs = {
    layer: NonNullable<unknown>;
    count: NonNullable<unknown>;
};
export type Error_Keras_Unknown_EndInputs = {
    key: NonNullable<unknown>;
    name: NonNullable<unknown>;
};
export type Error_Keras_Unknown_SourceInputs = {
    layer: NonNullable<unknown>;
    source: NonNullable<unknown>;
};
export type Error_Keras_Unsupported_ClassInputs = {
    layer: NonNullable<unknown>;
    className: NonNullable<unknown>;
    nested: NonNullable<unknown>;
    supported: NonNullable<unknown>;
};
export type Error_Keras_Uses_Channels_LastInputs = {};
export type Error_Keras_Uses_Dense_TensorsInputs = {};
export type Error_Keras_Uses_Dilation_1Inputs = {};
export type Error_Keras_Uses_Float32_WeightsInputs = {};
export type Error_Keras_Uses_Groups_1Inputs = {};
export type Error_Keras_Uses_KeepdimsInputs = {};
export type Error_Keras_Uses_No_AdjustmentInputs = {};
export type Error_Keras_Uses_No_ConstraintInputs = {};
export type Error_Keras_Uses_No_LoraInputs = {};
export type Error_Keras_Uses_No_RenormInputs = {};
export type Error_Keras_Uses_No_SeedInputs = {};
export type Error_Keras_Uses_NoneInputs = {};
export type Error_Keras_Uses_One_MaskInputs = {};
export type Error_Keras_Uses_Required_InputInputs = {};
export type Error_Keras_Uses_UnsynchronizedInputs = {};
export type Error_Keras_Uses_Whole_BatchInputs = {};
export type Error_Kwarn_ActivationInputs = {
    value: NonNullable<unknown>;
    fallback: NonNullable<unknown>;
};
export type Error_Kwarn_Batch_SizeInputs = {
    size: NonNullable<unknown>;
};
export type Error_Kwarn_Batchnorm_AxisInputs = {
    axis: NonNullable<unknown>;
};
export type Error_Kwarn_Dataset_UnknownInputs = {
    file: NonNullable<unknown>;
    shape: NonNullable<unknown>;
};
export type Error_Kwarn_DtypeInputs = {
    dtype: NonNullable<unknown>;
};
export type Error_Kwarn_From_LogitsInputs = {
    file: NonNullable<unknown>;
};
export type Error_Kwarn_FrozenInputs = {};
export type Error_Kwarn_LayerInputs = {
    layer: NonNullable<unknown>;
    detail: NonNullable<unknown>;
};
export type Error_Kwarn_LossInputs = {
    file: NonNullable<unknown>;
    loss: NonNullable<unknown>;
};
export type Error_Kwarn_Lr_ScheduleInputs = {
    file: NonNullable<unknown>;
    optimizer: NonNullable<unknown>;
};
export type Error_Kwarn_MnistInputs = {
    file: NonNullable<unknown>;
    shape: NonNullable<unknown>;
};
export type Error_Kwarn_NesterovInputs = {
    file: NonNullable<unknown>;
};
export type Error_Kwarn_Not_ModeledInputs = {
    key: NonNullable<unknown>;
    value: NonNullable<unknown>;
    uses: NonNullable<unknown>;
};
export type Error_Kwarn_OptimizerInputs = {
    file: NonNullable<unknown>;
    name: NonNullable<unknown>;
};
export type Error_Kwarn_PaddingInputs = {
    value: NonNullable<unknown>;
};
export type Error_Kwarn_RegularizerInputs = {
    key: NonNullable<unknown>;
    value: NonNullable<unknown>;
};
export type Error_Kwarn_Training_ConfigInputs = {
    file: NonNullable<unknown>;
};
export type Error_Kwarn_Unknown_SettingInputs = {
    key: NonNullable<unknown>;
    value: NonNullable<unknown>;
};
export type Error_Lab_No_NameInputs = {};
export type Error_Lab_Not_ObjectInputs = {
    where: NonNullable<unknown>;
};
export type Error_Lab_SettingsInputs = {
    where: NonNullable<unknown>;
    issues: NonNullable<unknown>;
};
export type Error_Lab_Wrong_FormatInputs = {
    where: NonNullable<unknown>;
    format: NonNullable<unknown>;
    expected: NonNullable<unknown>;
};
export type Error_Labels_EmptyInputs = {
    file: NonNullable<unknown>;
    where: NonNullable<unknown>;
};
export type Error_Labels_Not_WholeInputs = {
    file: NonNullable<unknown>;
    label: NonNullable<unknown>;
    where: NonNullable<unknown>;
};
export type Error_Labels_One_ClassInputs = {
    file: NonNullable<unknown>;
    where: NonNullable<unknown>;
    name: NonNullable<unknown>;
};
export type Error_Layout_Invalid_ModelInputs = {
    detail: NonNullable<unknown>;
};
export type Error_Layout_Not_Float32Inputs = {
    name: NonNullable<unknown>;
    dtype: NonNullable<unknown>;
};
export type Error_Layout_Not_ValidInputs = {};
export type Error_Layout_QuantizedInputs = {};
export type Error_Layout_Slash_In_NameInputs = {
    name: NonNullable<unknown>;
};
export type Error_Layout_Weight_ExtraInputs = {
    key: NonNullable<unknown>;
};
export type Error_Layout_Weight_MissingInputs = {
    key: NonNullable<unknown>;
    name: NonNullable<unknown>;
};
export type Error_Layout_Weights_EndInputs = {
    name: NonNullable<unknown>;
    bytes: NonNullable<unknown>;
};
export type Error_Library_No_LabInputs = {
    key: NonNullable<unknown>;
    labs: NonNullable<unknown>;
};
export type Error_Library_No_QuickInputs = {
    key: NonNullable<unknown>;
};
export type Error_Library_Quick_InvalidInputs = {
    where: NonNullable<unknown>;
    issues: NonNullable<unknown>;
};
export type Error_Mnist_CountInputs = {
    labelsFile: NonNullable<unknown>;
    labels: NonNullable<unknown>;
    imagesFile: NonNullable<unknown>;
    images: NonNullable<unknown>;
};
export type Error_Mnist_DimsInputs = {
    file: NonNullable<unknown>;
    count: NonNullable<unknown>;
    dims: NonNullable<unknown>;
};
export type Error_Mnist_Label_RangeInputs = {
    file: NonNullable<unknown>;
    label: NonNullable<unknown>;
    index: NonNullable<unknown>;
    last: NonNullable<unknown>;
};
export type Error_Mnist_Split_ShapesInputs = {
    folder: NonNullable<unknown>;
    train: NonNullable<unknown>;
    test: NonNullable<unknown>;
};
export type Error_Model_File_Bad_Hdf5Inputs = {
    file: NonNullable<unknown>;
};
export type Error_Model_File_Bad_ZipInputs = {
    file: NonNullable<unknown>;
    detail: NonNullable<unknown>;
};
export type Error_Model_File_Member_SizeInputs = {
    file: NonNullable<unknown>;
    name: NonNullable<unknown>;
    size: NonNullable<unknown>;
    actual: NonNullable<unknown>;
};
export type Error_Model_File_Member_Too_LargeInputs = {
    file: NonNullable<unknown>;
    name: NonNullable<unknown>;
    megabytes: NonNullable<unknown>;
    cap: NonNullable<unknown>;
};
export type Error_Model_File_No_WeightsInputs = {
    layer: NonNullable<unknown>;
};
export type Error_Model_File_Not_KerasInputs = {
    file: NonNullable<unknown>;
};
export type Error_Model_File_Weight_CountInputs = {
    layer: NonNullable<unknown>;
    count: NonNullable<unknown>;
    needed: NonNullable<unknown>;
    names: NonNullable<unknown>;
};
export type Error_Model_File_Weight_MissingInputs = {
    path: NonNullable<unknown>;
    layer: NonNullable<unknown>;
};
export type Error_Model_File_Weight_ShapeInputs = {
    layer: NonNullable<unknown>;
    weight: NonNullable<unknown>;
    shape: NonNullable<unknown>;
    needed: NonNullable<unknown>;
};
export type Error_Model_File_Weights_OnlyInputs = {
    file: NonNullable<unknown>;
};
export type Error_Model_File_Weights_OrphanInputs = {
    layer: NonNullable<unknown>;
};
export type Error_Model_File_Zip_WithoutInputs = {
    file: NonNullable<unknown>;
    name: NonNullable<unknown>;
};
export type Error_No_Test_Set_EvaluateInputs = {
    title: NonNullable<unknown>;
};
export type Error_No_Test_Set_ValidateInputs = {
    title: NonNullable<unknown>;
};
export type Error_No_Weights_GoneInputs = {
    run: NonNullable<unknown>;
};
export type Error_No_Weights_RunInputs = {
    name: NonNullable<unknown>;
};
export type Error_Not_Found_GridInputs = {
    grid: NonNullable<unknown>;
};
export type Error_Not_Found_RunInputs = {
    run: NonNullable<unknown>;
};
export type Error_Not_Lab_Or_KerasInputs = {
    where: NonNullable<unknown>;
};
export type Error_Not_Running_GridInputs = {
    grid: NonNullable<unknown>;
};
export type Error_Not_Running_QueuedInputs = {
    run: NonNullable<unknown>;
    max: NonNullable<unknown>;
};
export type Error_Not_Running_RunInputs = {
    run: NonNullable<unknown>;
};
export type Error_Npy_Bad_HeaderInputs = {
    where: NonNullable<unknown>;
    header: NonNullable<unknown>;
};
export type Error_Npy_Bad_ShapeInputs = {
    where: NonNullable<unknown>;
    shape: NonNullable<unknown>;
};
export type Error_Npy_Big_EndianInputs = {
    where: NonNullable<unknown>;
    dtype: NonNullable<unknown>;
};
export type Error_Npy_DtypeInputs = {
    where: NonNullable<unknown>;
    dtype: NonNullable<unknown>;
};
export type Error_Npy_FortranInputs = {
    where: NonNullable<unknown>;
};
export type Error_Npy_Not_NpyInputs = {
    where: NonNullable<unknown>;
    magic: NonNullable<unknown>;
};
export type Error_Npy_ObjectsInputs = {
    where: NonNullable<unknown>;
};
export type Error_Npy_StructuredInputs = {
    where: NonNullable<unknown>;
};
export type Error_Npy_Too_LargeInputs = {
    where: NonNullable<unknown>;
    shape: NonNullable<unknown>;
    dtype: NonNullable<unknown>;
    size: NonNullable<unknown>;
    cap: NonNullable<unknown>;
};
export type Error_Npy_TruncatedInputs = {
    where: NonNullable<unknown>;
    shape: NonNullable<unknown>;
    bytes: NonNullable<unknown>;
    dtype: NonNullable<unknown>;
    actual: NonNullable<unknown>;
};
export type Error_Npy_Truncated_HeaderInputs = {
    where: NonNullable<unknown>;
};
export type Error_Npy_VersionInputs = {
    where: NonNullable<unknown>;
    version: NonNullable<unknown>;
};
export type Error_Npz_ArrayInputs = {
    file: NonNullable<unknown>;
    name: NonNullable<unknown>;
};
export type Error_Npz_Array_ThenInputs = {
    file: NonNullable<unknown>;
    name: NonNullable<unknown>;
};
export type Error_Npz_Count_MismatchInputs = {
    file: NonNullable<unknown>;
    x: NonNullable<unknown>;
    examples: NonNullable<unknown>;
    y: NonNullable<unknown>;
    labels: NonNullable<unknown>;
};
export type Error_Npz_Entry_SizeInputs = {
    file: NonNullable<unknown>;
    name: NonNullable<unknown>;
    size: NonNullable<unknown>;
    actual: NonNullable<unknown>;
};
export type Error_Npz_Feature_ShapeInputs = {
    where: NonNullable<unknown>;
    shape: NonNullable<unknown>;
};
export type Error_Npz_Found_ArraysInputs = {
    names: NonNullable<unknown>;
};
export type Error_Npz_Found_NoneInputs = {};
export type Error_Npz_Half_TestInputs = {
    file: NonNullable<unknown>;
    there: NonNullable<unknown>;
    missing: NonNullable<unknown>;
};
export type Error_Npz_Label_ShapeInputs = {
    where: NonNullable<unknown>;
    shape: NonNullable<unknown>;
};
export type Error_Npz_No_ArraysInputs = {
    file: NonNullable<unknown>;
    found: NonNullable<unknown>;
};
export type Error_Npz_Not_FiniteInputs = {
    where: NonNullable<unknown>;
    example: NonNullable<unknown>;
    index: NonNullable<unknown>;
    value: NonNullable<unknown>;
};
export type Error_Npz_Not_One_HotInputs = {
    where: NonNullable<unknown>;
    row: NonNullable<unknown>;
};
export type Error_Npz_Test_ShapeInputs = {
    file: NonNullable<unknown>;
    train: NonNullable<unknown>;
    test: NonNullable<unknown>;
};
export type Error_Npz_Too_LargeInputs = {
    file: NonNullable<unknown>;
    size: NonNullable<unknown>;
    bytes: NonNullable<unknown>;
    cap: NonNullable<unknown>;
};
export type Error_Npz_UnreadableInputs = {
    file: NonNullable<unknown>;
    detail: NonNullable<unknown>;
};
export type Error_Onnx_Extra_LayerInputs = {
    layer: NonNullable<unknown>;
};
export type Error_Onnx_Invalid_GraphInputs = {
    lab: NonNullable<unknown>;
    detail: NonNullable<unknown>;
};
export type Error_Onnx_Weight_DtypeInputs = {
    weight: NonNullable<unknown>;
    dtype: NonNullable<unknown>;
};
export type Error_Onnx_Weight_NoneInputs = {
    layer: NonNullable<unknown>;
    weight: NonNullable<unknown>;
    shape: NonNullable<unknown>;
};
export type Error_Onnx_Weight_ShapeInputs = {
    layer: NonNullable<unknown>;
    weight: NonNullable<unknown>;
    shape: NonNullable<unknown>;
    has: NonNullable<unknown>;
};
export type Error_Onnx_Weight_UnknownInputs = {
    weight: NonNullable<unknown>;
};
export type Error_Onnx_Weights_EndInputs = {
    weight: NonNullable<unknown>;
    bytes: NonNullable<unknown>;
};
export type Error_Path_For_DatasetsInputs = {};
export type Error_Path_For_ExportsInputs = {};
export type Error_Path_For_LabsInputs = {};
export type Error_Path_For_ReportsInputs = {};
export type Error_Path_Leads_ToInputs = {
    file: NonNullable<unknown>;
    real: NonNullable<unknown>;
};
export type Error_Path_Outside_ReadsInputs = {
    file: NonNullable<unknown>;
    what: NonNullable<unknown>;
    folders: NonNullable<unknown>;
};
export type Error_Path_Outside_WritesInputs = {
    file: NonNullable<unknown>;
    what: NonNullable<unknown>;
    folders: NonNullable<unknown>;
};
export type Error_Pool_DisconnectedInputs = {
    url: NonNullable<unknown>;
};
export type Error_Pool_Grid_RunningInputs = {
    url: NonNullable<unknown>;
};
export type Error_Pool_Job_MalformedInputs = {
    where: NonNullable<unknown>;
    detail: NonNullable<unknown>;
};
export type Error_Pool_Job_VersionInputs = {
    version: NonNullable<unknown>;
    current: NonNullable<unknown>;
};
export type Error_Pool_Lost_MinuteInputs = {
    where: NonNullable<unknown>;
    minutes: NonNullable<unknown>;
    why: NonNullable<unknown>;
};
export type Error_Pool_Lost_MinutesInputs = {
    where: NonNullable<unknown>;
    minutes: NonNullable<unknown>;
    why: NonNullable<unknown>;
};
export type Error_Pool_No_AnswerInputs = {
    url: NonNullable<unknown>;
};
export type Error_Pool_No_HostInputs = {
    url: NonNullable<unknown>;
};
export type Error_Pool_NoneInputs = {};
export type Error_Pool_Not_ConnectedInputs = {
    url: NonNullable<unknown>;
    detail: NonNullable<unknown>;
};
export type Error_Pool_Not_Redis_UrlInputs = {
    url: NonNullable<unknown>;
};
export type Error_Pool_Record_MalformedInputs = {
    where: NonNullable<unknown>;
    detail: NonNullable<unknown>;
};
export type Error_Pool_SilentInputs = {};
export type Error_Pool_The_JobInputs = {};
export type Error_Pool_The_RecordInputs = {};
export type Error_Pool_Worker_NameInputs = {
    name: NonNullable<unknown>;
    host: NonNullable<unknown>;
    pid: NonNullable<unknown>;
};
export type Error_Pool_Worker_Name_HereInputs = {
    name: NonNullable<unknown>;
    host: NonNullable<unknown>;
    pid: NonNullable<unknown>;
};
export type Error_Pool_Wrong_SchemeInputs = {
    url: NonNullable<unknown>;
    scheme: NonNullable<unknown>;
};
export type Error_Python_EmptyInputs = {
    where: NonNullable<unknown>;
};
export type Error_Python_Is_JsonInputs = {
    where: NonNullable<unknown>;
};
export type Error_Python_No_Input_ShapeInputs = {
    line: NonNullable<unknown>;
};
export type Error_Python_No_ModelInputs = {
    where: NonNullable<unknown>;
};
export type Error_Python_Other_InputInputs = {
    line: NonNullable<unknown>;
    name: NonNullable<unknown>;
    inputLine: NonNullable<unknown>;
};
export type Error_Python_Output_Not_From_InputInputs = {
    line: NonNullable<unknown>;
    name: NonNullable<unknown>;
};
export type Error_Python_Sequential_EmptyInputs = {
    line: NonNullable<unknown>;
};
export type Error_Python_Several_InputsInputs = {
    line: NonNullable<unknown>;
    count: NonNullable<unknown>;
};
export type Error_Python_UnreadableInputs = {
    where: NonNullable<unknown>;
    line: NonNullable<unknown>;
};
export type Error_Pywarn_Argument_UnreadInputs = {
    key: NonNullable<unknown>;
    name: NonNullable<unknown>;
    value: NonNullable<unknown>;
    problem: NonNullable<unknown>;
};
export type Error_Pywarn_Augment_CallInputs = {
    name: NonNullable<unknown>;
};
export type Error_Pywarn_CallbackInputs = {
    callback: NonNullable<unknown>;
};
export type Error_Pywarn_Called_OnInputs = {
    name: NonNullable<unknown>;
    value: NonNullable<unknown>;
};
export type Error_Pywarn_Called_On_NothingInputs = {
    name: NonNullable<unknown>;
};
export type Error_Pywarn_Condition_UnknownInputs = {};
export type Error_Pywarn_Datagen_OptionInputs = {
    key: NonNullable<unknown>;
};
export type Error_Pywarn_Early_Stopping_OptionInputs = {
    key: NonNullable<unknown>;
};
export type Error_Pywarn_Extra_ArgumentInputs = {
    name: NonNullable<unknown>;
    count: NonNullable<unknown>;
    value: NonNullable<unknown>;
};
export type Error_Pywarn_Fit_OptionInputs = {
    key: NonNullable<unknown>;
};
export type Error_Pywarn_From_LogitsInputs = {};
export type Error_Pywarn_Imdb_WidthInputs = {
    width: NonNullable<unknown>;
    count: NonNullable<unknown>;
};
export type Error_Pywarn_Imdb_WordsInputs = {
    count: NonNullable<unknown>;
};
export type Error_Pywarn_Input_InsideInputs = {};
export type Error_Pywarn_Learning_RateInputs = {
    value: NonNullable<unknown>;
};
export type Error_Pywarn_Loop_UnknownInputs = {};
export type Error_Pywarn_LossInputs = {
    loss: NonNullable<unknown>;
    losses: NonNullable<unknown>;
};
export type Error_Pywarn_MergeInputs = {
    name: NonNullable<unknown>;
};
export type Error_Pywarn_MetricInputs = {
    metric: NonNullable<unknown>;
};
export type Error_Pywarn_Model_UntracedInputs = {};
export type Error_Pywarn_Models_CompiledInputs = {
    count: NonNullable<unknown>;
};
export type Error_Pywarn_Models_MadeInputs = {
    count: NonNullable<unknown>;
};
export type Error_Pywarn_Models_TrainedInputs = {
    count: NonNullable<unknown>;
};
export type Error_Pywarn_Nested_AddInputs = {};
export type Error_Pywarn_Nested_CallInputs = {};
export type Error_Pywarn_Never_CompiledInputs = {};
export type Error_Pywarn_Never_FitInputs = {};
export type Error_Pywarn_No_DatasetInputs = {};
export type Error_Pywarn_No_LossInputs = {};
export type Error_Pywarn_Not_A_LayerInputs = {
    value: NonNullable<unknown>;
};
export type Error_Pywarn_Not_A_Layer_NothingInputs = {};
export type Error_Pywarn_Not_Valid_YetInputs = {
    issue: NonNullable<unknown>;
};
export type Error_Pywarn_One_HotInputs = {};
export type Error_Pywarn_Optimizer_ClassInputs = {
    name: NonNullable<unknown>;
};
export type Error_Pywarn_Optimizer_NameInputs = {
    name: NonNullable<unknown>;
};
export type Error_Pywarn_Optimizer_OptionInputs = {
    key: NonNullable<unknown>;
};
export type Error_Pywarn_Optimizer_UnreadInputs = {
    optimizer: NonNullable<unknown>;
};
export type Error_Pywarn_Out_Of_StepsInputs = {
    steps: NonNullable<unknown>;
};
export type Error_Pywarn_OutputsInputs = {
    count: NonNullable<unknown>;
};
export type Error_Pywarn_RecursionInputs = {
    name: NonNullable<unknown>;
};
export type Error_Pywarn_Shape_UnreadInputs = {
    key: NonNullable<unknown>;
    name: NonNullable<unknown>;
    value: NonNullable<unknown>;
};
export type Error_Pywarn_Shared_LayerInputs = {
    layer: NonNullable<unknown>;
    copy: NonNullable<unknown>;
};
export type Error_Pywarn_Train_SubsetInputs = {
    start: NonNullable<unknown>;
    end: NonNullable<unknown>;
};
export type Error_Pywarn_Train_Test_SplitInputs = {};
export type Error_Pywarn_Training_SettingInputs = {
    key: NonNullable<unknown>;
    value: NonNullable<unknown>;
    problem: NonNullable<unknown>;
};
export type Error_Pywarn_Unknown_DatasetInputs = {
    name: NonNullable<unknown>;
};
export type Error_Pywarn_Unknown_LayerInputs = {
    name: NonNullable<unknown>;
    layers: NonNullable<unknown>;
};
export type Error_Pywarn_Unreadable_LineInputs = {};
export type Error_Pywarn_Validation_FirstInputs = {
    count: NonNullable<unknown>;
};
export type Error_Pywarn_Validation_Split_SubsetInputs = {
    count: NonNullable<unknown>;
};
export type Error_Pywarn_Validation_Test_PartInputs = {
    count: NonNullable<unknown>;
    rows: NonNullable<unknown>;
};
export type Error_Pywarn_Validation_UnknownInputs = {};
export type Error_Pywarn_WhileInputs = {};
export type Error_Pywarn_ZoomInputs = {
    low: NonNullable<unknown>;
    high: NonNullable<unknown>;
    zoom: NonNullable<unknown>;
};
export type Error_Redis_Bad_PasswordInputs = {
    where: NonNullable<unknown>;
};
export type Error_Redis_FailedInputs = {
    where: NonNullable<unknown>;
    detail: NonNullable<unknown>;
};
export type Error_Redis_No_AnswerInputs = {
    where: NonNullable<unknown>;
    seconds: NonNullable<unknown>;
    tls: NonNullable<unknown>;
};
export type Error_Redis_No_Answer_TlsInputs = {};
export type Error_Redis_No_HostInputs = {
    where: NonNullable<unknown>;
};
export type Error_Redis_RefusedInputs = {
    where: NonNullable<unknown>;
};
export type Error_Redis_TlsInputs = {
    where: NonNullable<unknown>;
    detail: NonNullable<unknown>;
};
export type Error_Redis_UnreachableInputs = {
    where: NonNullable<unknown>;
    code: NonNullable<unknown>;
};
export type Error_Redis_Wants_PasswordInputs = {
    where: NonNullable<unknown>;
};
export type Error_Report_Attachment_CutInputs = {};
export type Error_Report_Attachment_InflateInputs = {};
export type Error_Report_Data_CutInputs = {};
export type Error_Report_InvalidInputs = {
    path: NonNullable<unknown>;
    detail: NonNullable<unknown>;
};
export type Error_Report_No_AttachmentInputs = {
    name: NonNullable<unknown>;
};
export type Error_Report_No_DataInputs = {};
export type Error_Report_Not_JsonInputs = {};
export type Error_Report_Not_ReportInputs = {
    file: NonNullable<unknown>;
    why: NonNullable<unknown>;
};
export type Error_Report_The_DataInputs = {};
export type Error_Report_UnreadableInputs = {
    file: NonNullable<unknown>;
};
export type Error_Reports_FolderInputs = {
    dir: NonNullable<unknown>;
};
export type Error_Roster_Bad_CodeInputs = {
    where: NonNullable<unknown>;
    code: NonNullable<unknown>;
};
export type Error_Roster_Code_TakenInputs = {
    file: NonNullable<unknown>;
    code: NonNullable<unknown>;
    name: NonNullable<unknown>;
    owner: NonNullable<unknown>;
};
export type Error_Roster_LineInputs = {
    line: NonNullable<unknown>;
    file: NonNullable<unknown>;
};
export type Error_Roster_Long_NameInputs = {
    where: NonNullable<unknown>;
    name: NonNullable<unknown>;
    max: NonNullable<unknown>;
};
export type Error_Roster_New_StudentInputs = {};
export type Error_Roster_No_NameInputs = {
    where: NonNullable<unknown>;
};
export type Error_Roster_Not_RosterInputs = {
    file: NonNullable<unknown>;
    detail: NonNullable<unknown>;
};
export type Error_Roster_TwiceInputs = {
    where: NonNullable<unknown>;
    name: NonNullable<unknown>;
};
export type Error_Roster_UnreadableInputs = {
    file: NonNullable<unknown>;
    detail: NonNullable<unknown>;
};
export type Error_Run_Name_EmptyInputs = {};
export type Error_Scriptwarn_AugmentationInputs = {};
export type Error_Scriptwarn_Csv_HeaderInputs = {
    path: NonNullable<unknown>;
};
export type Error_Scriptwarn_FoldsInputs = {
    fold: NonNullable<unknown>;
    folds: NonNullable<unknown>;
};
export type Error_Scriptwarn_Folds_StratifiedInputs = {
    fold: NonNullable<unknown>;
    folds: NonNullable<unknown>;
};
export type Error_Scriptwarn_GridInputs = {};
export type Error_Scriptwarn_Grid_FoldsInputs = {};
export type Error_Scriptwarn_Grid_Left_OutInputs = {
    params: NonNullable<unknown>;
    why: NonNullable<unknown>;
};
export type Error_Scriptwarn_Image_FolderInputs = {
    path: NonNullable<unknown>;
};
export type Error_Scriptwarn_ImdbInputs = {};
export type Error_Scriptwarn_No_Test_SetInputs = {};
export type Error_Scriptwarn_Not_ValidInputs = {
    issue: NonNullable<unknown>;
};
export type Error_Scriptwarn_Sweeps_FixedInputs = {
    path: NonNullable<unknown>;
};
export type Error_Scriptwarn_Sweeps_ProblemInputs = {
    path: NonNullable<unknown>;
    problem: NonNullable<unknown>;
};
export type Error_Scriptwarn_Sweeps_TrainingInputs = {
    key: NonNullable<unknown>;
};
export type Error_Scriptwarn_SyntheticInputs = {
    shape: NonNullable<unknown>;
};
export type Error_Scriptwarn_Why_AugmentsInputs = {};
export type Error_Scriptwarn_Why_SweepsInputs = {
    what: NonNullable<unknown>;
};
export type Error_Scriptwarn_Why_UnexpandableInputs = {
    error: NonNullable<unknown>;
};
export type Error_Split_EmptyInputs = {
    fraction: NonNullable<unknown>;
    count: NonNullable<unknown>;
};
export type Error_Store_Cannot_OpenInputs = {
    file: NonNullable<unknown>;
    detail: NonNullable<unknown>;
};
export type Error_Store_ClosedInputs = {
    file: NonNullable<unknown>;
};
export type Error_Store_DamagedInputs = {
    file: NonNullable<unknown>;
    detail: NonNullable<unknown>;
    advice: NonNullable<unknown>;
};
export type Error_Store_Damaged_InsightsInputs = {
    file: NonNullable<unknown>;
    run: NonNullable<unknown>;
    epoch: NonNullable<unknown>;
    detail: NonNullable<unknown>;
    advice: NonNullable<unknown>;
};
export type Error_Store_FullInputs = {
    file: NonNullable<unknown>;
};
export type Error_Store_FutureInputs = {
    file: NonNullable<unknown>;
    version: NonNullable<unknown>;
    current: NonNullable<unknown>;
};
export type Error_Store_IoInputs = {
    file: NonNullable<unknown>;
    code: NonNullable<unknown>;
    detail: NonNullable<unknown>;
};
export type Error_Store_LockedInputs = {
    file: NonNullable<unknown>;
};
export type Error_Store_Needs_FolderInputs = {
    why: NonNullable<unknown>;
    file: NonNullable<unknown>;
};
export type Error_Store_Nothing_To_MoveInputs = {
    file: NonNullable<unknown>;
};
export type Error_Store_Read_OnlyInputs = {
    file: NonNullable<unknown>;
    detail: NonNullable<unknown>;
};
export type Error_Store_Repair_AdviceInputs = {
    file: NonNullable<unknown>;
};
export type Error_Subset_Too_LargeInputs = {
    subset: NonNullable<unknown>;
    count: NonNullable<unknown>;
};
export type Error_Synthetic_ClassesInputs = {
    shape: NonNullable<unknown>;
    fixed: NonNullable<unknown>;
    classes: NonNullable<unknown>;
};
export type Error_Trainer_EndedInputs = {};
export type Error_Trainer_How_ExitedInputs = {
    code: NonNullable<unknown>;
};
export type Error_Trainer_How_KilledInputs = {
    signal: NonNullable<unknown>;
};
export type Error_Trainer_No_AnswerInputs = {};
export type Error_Trainer_No_StartInputs = {
    detail: NonNullable<unknown>;
};
export type Error_Trainer_StoppedInputs = {
    how: NonNullable<unknown>;
};
export type Error_Trainer_Stopped_SaidInputs = {
    how: NonNullable<unknown>;
    tail: NonNullable<unknown>;
};
export type Error_Two_SentencesInputs = {
    first: NonNullable<unknown>;
    second: NonNullable<unknown>;
};
export type Error_Weights_ExtraInputs = {
    source: NonNullable<unknown>;
    weight: NonNullable<unknown>;
};
export type Error_Weights_No_WeightInputs = {
    source: NonNullable<unknown>;
    weight: NonNullable<unknown>;
    layer: NonNullable<unknown>;
};
export type Error_Weights_RunInputs = {
    name: NonNullable<unknown>;
};
export type Error_Weights_ShapeInputs = {
    source: NonNullable<unknown>;
    weight: NonNullable<unknown>;
    shape: NonNullable<unknown>;
    layer: NonNullable<unknown>;
    needs: NonNullable<unknown>;
};
export type Error_Weights_Stored_MissingInputs = {
    weight: NonNullable<unknown>;
    layer: NonNullable<unknown>;
    needs: NonNullable<unknown>;
};
export type Error_Weights_Stored_ShapeInputs = {
    weight: NonNullable<unknown>;
    shape: NonNullable<unknown>;
    layer: NonNullable<unknown>;
    needs: NonNullable<unknown>;
};
export type Error_What_Keras_JsonInputs = {};
export type Error_What_Lab_FileInputs = {};
export type Error_What_Python_FileInputs = {};
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
export type Grid_AccuracyInputs = {};
export type Grid_At_Least_One_LayerInputs = {};
export type Grid_BackInputs = {};
export type Grid_Back_TitleInputs = {};
export type Grid_Back_To_ModelInputs = {};
export type Grid_BestInputs = {};
export type Grid_Best_FirstInputs = {};
export type Grid_Best_So_FarInputs = {};
export type Grid_Col_FoldInputs = {
    n: NonNullable<unknown>;
};
export type Grid_Col_HoldoutInputs = {};
export type Grid_Col_MeanInputs = {};
export type Grid_Col_RankInputs = {};
export type Grid_Col_StatusInputs = {};
export type Grid_CurvesInputs = {};
export type Grid_Curves_AppearInputs = {};
export type Grid_Curves_LabelInputs = {};
export type Grid_DeleteInputs = {};
export type Grid_Delete_SureInputs = {};
export type Grid_Each_FoldInputs = {};
export type Grid_EarlierInputs = {};
export type Grid_EmptyInputs = {};
export type Grid_EstimatingInputs = {};
export type Grid_EvalInputs = {};
export type Grid_Eval_HoldoutInputs = {};
export type Grid_Eval_KfoldInputs = {};
export type Grid_Export_CsvInputs = {};
export type Grid_Export_Csv_TitleInputs = {};
export type Grid_Fold1_OnlyInputs = {};
export type Grid_FoldsInputs = {};
export type Grid_Folds_TimesInputs = {
    folds: NonNullable<unknown>;
};
export type Grid_FromInputs = {};
export type Grid_HeadingInputs = {};
export type Grid_HeatmapInputs = {};
export type Grid_Heatmap_FallbackInputs = {};
export type Grid_Heatmap_LabelInputs = {
    metric: NonNullable<unknown>;
};
export type Grid_HintInputs = {};
export type Grid_Holdout_FractionInputs = {};
export type Grid_How_ValuesInputs = {
    label: NonNullable<unknown>;
};
export type Grid_IntroInputs = {};
export type Grid_Key_TrainingInputs = {};
export type Grid_Key_ValidationInputs = {};
export type Grid_Log_LossInputs = {};
export type Grid_LossInputs = {};
export type Grid_MeanInputs = {
    metric: NonNullable<unknown>;
};
export type Grid_Mean_Of_FoldsInputs = {
    folds: NonNullable<unknown>;
};
export type Grid_Mean_TitleInputs = {
    metric: NonNullable<unknown>;
};
export type Grid_Mode_ListInputs = {};
export type Grid_Mode_RangeInputs = {};
export type Grid_No_Best_YetInputs = {};
export type Grid_None_SweptInputs = {};
export type Grid_None_Swept_HowInputs = {};
export type Grid_None_Swept_How_2Inputs = {};
export type Grid_None_Swept_How_3Inputs = {};
export type Grid_Not_ReadyInputs = {
    why: NonNullable<unknown>;
};
export type Grid_On_CurvesInputs = {};
export type Grid_On_PoolInputs = {};
export type Grid_On_Pool_Connect_FirstInputs = {};
export type Grid_On_Pool_TitleInputs = {};
export type Grid_One_ProblemInputs = {};
export type Grid_One_Value_EachInputs = {};
export type Grid_OutputInputs = {};
export type Grid_Output_NoteInputs = {};
export type Grid_ParallelInputs = {};
export type Grid_Parallel_AutoInputs = {};
export type Grid_Parallel_HintInputs = {};
export type Grid_Pool_AddressInputs = {};
export type Grid_Pool_ConnectInputs = {};
export type Grid_Pool_ConnectedInputs = {
    url: NonNullable<unknown>;
};
export type Grid_Pool_ConnectingInputs = {
    url: NonNullable<unknown>;
};
export type Grid_Pool_DisconnectInputs = {};
export type Grid_Pool_HintInputs = {
    command: NonNullable<unknown>;
};
export type Grid_Pool_JobsInputs = {
    active: NonNullable<unknown>;
    concurrency: NonNullable<unknown>;
};
export type Grid_Pool_Jobs_OneInputs = {
    active: NonNullable<unknown>;
    concurrency: NonNullable<unknown>;
};
export type Grid_Pool_No_DatasetInputs = {
    dataset: NonNullable<unknown>;
    name: NonNullable<unknown>;
};
export type Grid_Pool_No_DatasetsInputs = {};
export type Grid_Pool_No_WorkerInputs = {
    url: NonNullable<unknown>;
};
export type Grid_Pool_Not_ConnectedInputs = {};
export type Grid_Pool_Not_ReadyInputs = {
    state: NonNullable<unknown>;
};
export type Grid_Pool_OffInputs = {};
export type Grid_Pool_On_HostInputs = {
    host: NonNullable<unknown>;
};
export type Grid_Pool_PasswordInputs = {};
export type Grid_Pool_Password_IfInputs = {};
export type Grid_Pool_QueueInputs = {
    queue: NonNullable<unknown>;
};
export type Grid_Pool_Queue_LineInputs = {
    waiting: NonNullable<unknown>;
    active: NonNullable<unknown>;
};
export type Grid_Pool_RequeuedInputs = {};
export type Grid_Pool_TitleInputs = {};
export type Grid_Pool_UnreachableInputs = {
    url: NonNullable<unknown>;
};
export type Grid_Pool_WorkersInputs = {};
export type Grid_ProblemsInputs = {
    count: NonNullable<unknown>;
};
export type Grid_ProgressInputs = {};
export type Grid_Progress_RunsInputs = {
    done: NonNullable<unknown>;
    total: NonNullable<unknown>;
};
export type Grid_Progress_SettingsInputs = {
    done: NonNullable<unknown>;
    total: NonNullable<unknown>;
};
export type Grid_Ran_OnInputs = {
    when: NonNullable<unknown>;
};
export type Grid_Random_BetweenInputs = {
    values: NonNullable<unknown>;
    scale: NonNullable<unknown>;
};
export type Grid_Rank_AccuracyInputs = {};
export type Grid_Rank_ByInputs = {};
export type Grid_Rank_LossInputs = {};
export type Grid_RefitInputs = {};
export type Grid_Refit_LaterInputs = {};
export type Grid_Refit_On_AllInputs = {};
export type Grid_Refit_TestInputs = {
    accuracy: NonNullable<unknown>;
    loss: NonNullable<unknown>;
};
export type Grid_Refit_TrainingInputs = {};
export type Grid_RefittingInputs = {};
export type Grid_RemoveInputs = {};
export type Grid_Remove_From_GridInputs = {};
export type Grid_Results_LabelInputs = {};
export type Grid_Results_LinkInputs = {};
export type Grid_ResumeInputs = {};
export type Grid_RunInputs = {};
export type Grid_Run_AgainInputs = {};
export type Grid_Run_Again_TitleInputs = {};
export type Grid_ScaleInputs = {};
export type Grid_Scale_LinearInputs = {};
export type Grid_Scale_LogInputs = {};
export type Grid_SearchInputs = {};
export type Grid_Search_GridInputs = {};
export type Grid_Search_RandomInputs = {};
export type Grid_SelectInputs = {};
export type Grid_Settings_ManyInputs = {};
export type Grid_Settings_OneInputs = {};
export type Grid_ShowInputs = {};
export type Grid_Show_AllInputs = {};
export type Grid_Show_Best3Inputs = {};
export type Grid_Show_NoneInputs = {};
export type Grid_Show_On_CurvesInputs = {
    label: NonNullable<unknown>;
};
export type Grid_Show_ResultsInputs = {};
export type Grid_Start_OverInputs = {};
export type Grid_Start_Over_TitleInputs = {};
export type Grid_Status_CompletedInputs = {};
export type Grid_Status_FailedInputs = {};
export type Grid_Status_InterruptedInputs = {};
export type Grid_Status_RunningInputs = {};
export type Grid_Status_StoppedInputs = {};
export type Grid_Std_TitleInputs = {};
export type Grid_StepsInputs = {};
export type Grid_StopInputs = {};
export type Grid_Stop_GridInputs = {};
export type Grid_Stop_SweepingInputs = {
    label: NonNullable<unknown>;
};
export type Grid_StratifiedInputs = {};
export type Grid_SweepInputs = {};
export type Grid_Sweep_FullInputs = {
    count: NonNullable<unknown>;
};
export type Grid_Sweep_LabelInputs = {
    label: NonNullable<unknown>;
};
export type Grid_Sweep_One_ValueInputs = {};
export type Grid_Sweep_TitleInputs = {
    label: NonNullable<unknown>;
};
export type Grid_Sweep_WhichInputs = {};
export type Grid_Sweeping_NoticeInputs = {
    label: NonNullable<unknown>;
    values: NonNullable<unknown>;
};
export type Grid_SweptInputs = {};
export type Grid_Swept_ByInputs = {
    name: NonNullable<unknown>;
    by: NonNullable<unknown>;
};
export type Grid_Swept_LabelInputs = {
    label: NonNullable<unknown>;
};
export type Grid_Swept_TitleInputs = {};
export type Grid_Table_ToolsInputs = {
    count: NonNullable<unknown>;
};
export type Grid_The_ModelInputs = {};
export type Grid_Then_RefitInputs = {};
export type Grid_Tick_SettingsInputs = {};
export type Grid_ToInputs = {};
export type Grid_Training_RunsInputs = {};
export type Grid_TrialsInputs = {};
export type Grid_UnfinishedInputs = {
    done: NonNullable<unknown>;
    total: NonNullable<unknown>;
};
export type Grid_Values_CountInputs = {
    count: NonNullable<unknown>;
    values: NonNullable<unknown>;
};
export type Grid_Values_LabelInputs = {};
export type Grid_Which_FoldsInputs = {};
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
export type Guide_Setup_DoneInputs = {
    title: NonNullable<unknown>;
    what: NonNullable<unknown>;
};
export type Guide_Setup_Laid_OutInputs = {};
export type Guide_Setup_NothingInputs = {
    title: NonNullable<unknown>;
};
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
export type Hosttext_Backend_JavascriptInputs = {};
export type Hosttext_Backend_TensorflowInputs = {};
export type Hosttext_Backend_Tensorflow_GpuInputs = {};
export type Hosttext_Backend_WebgpuInputs = {};
export type Hosttext_Fast_KernelsInputs = {
    kernels: NonNullable<unknown>;
};
export type Hosttext_Name_FoldInputs = {
    fold: NonNullable<unknown>;
    folds: NonNullable<unknown>;
};
export type Hosttext_Name_GridInputs = {
    lab: NonNullable<unknown>;
};
export type Hosttext_Name_HoldoutInputs = {};
export type Hosttext_Name_ImportedInputs = {
    file: NonNullable<unknown>;
};
export type Hosttext_Name_RefitInputs = {
    grid: NonNullable<unknown>;
    trial: NonNullable<unknown>;
};
export type Hosttext_No_SimdInputs = {};
export type Hosttext_SimdInputs = {};
export type Hosttext_Single_ThreadInputs = {};
export type Hosttext_Skip_Device_RefusedInputs = {
    detail: NonNullable<unknown>;
};
export type Hosttext_Skip_Load_FailedInputs = {
    pkg: NonNullable<unknown>;
    detail: NonNullable<unknown>;
};
export type Hosttext_Skip_No_AdapterInputs = {
    detail: NonNullable<unknown>;
};
export type Hosttext_Skip_No_CudaInputs = {
    pkg: NonNullable<unknown>;
};
export type Hosttext_Skip_No_DriverInputs = {};
export type Hosttext_Skip_Not_InstalledInputs = {
    pkg: NonNullable<unknown>;
};
export type Hosttext_Skip_Not_StartedInputs = {
    backend: NonNullable<unknown>;
};
export type Hosttext_Skip_Not_Started_BecauseInputs = {
    backend: NonNullable<unknown>;
    detail: NonNullable<unknown>;
};
export type Hosttext_Skip_OptionalInputs = {
    reason: NonNullable<unknown>;
};
export type Hosttext_Skip_RequestedInputs = {
    wanted: NonNullable<unknown>;
};
export type Hosttext_Skip_SoftwareInputs = {
    gpu: NonNullable<unknown>;
};
export type Hosttext_Skip_Webgpu_BackendInputs = {
    detail: NonNullable<unknown>;
};
export type Hosttext_Skip_Webgpu_BindingInputs = {
    detail: NonNullable<unknown>;
};
export type Hosttext_ThreadsInputs = {
    count: NonNullable<unknown>;
};
export type Hosttext_Threads_FailedInputs = {
    count: NonNullable<unknown>;
    detail: NonNullable<unknown>;
};
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
export type Issue_Add_ShapesInputs = {
    kind: NonNullable<unknown>;
    name: NonNullable<unknown>;
    shapes: NonNullable<unknown>;
};
export type Issue_Already_FlatInputs = {
    kind: NonNullable<unknown>;
    name: NonNullable<unknown>;
    shape: NonNullable<unknown>;
};
export type Issue_Bad_EdgeInputs = {
    id: NonNullable<unknown>;
};
export type Issue_Binary_ActivationInputs = {
    name: NonNullable<unknown>;
    activation: NonNullable<unknown>;
};
export type Issue_Binary_ClassesInputs = {
    dataset: NonNullable<unknown>;
    classes: NonNullable<unknown>;
};
export type Issue_Binary_UnitsInputs = {
    name: NonNullable<unknown>;
    shape: NonNullable<unknown>;
};
export type Issue_Class_ActivationInputs = {
    name: NonNullable<unknown>;
    activation: NonNullable<unknown>;
    loss: NonNullable<unknown>;
};
export type Issue_Class_UnitsInputs = {
    name: NonNullable<unknown>;
    shape: NonNullable<unknown>;
    dataset: NonNullable<unknown>;
    classes: NonNullable<unknown>;
};
export type Issue_Class_Units_FlattenInputs = {
    name: NonNullable<unknown>;
    shape: NonNullable<unknown>;
    dataset: NonNullable<unknown>;
    classes: NonNullable<unknown>;
};
export type Issue_Concat_RankInputs = {
    kind: NonNullable<unknown>;
    name: NonNullable<unknown>;
    shapes: NonNullable<unknown>;
    axis: NonNullable<unknown>;
};
export type Issue_Concat_SizesInputs = {
    kind: NonNullable<unknown>;
    name: NonNullable<unknown>;
    shapes: NonNullable<unknown>;
    axis: NonNullable<unknown>;
};
export type Issue_CycleInputs = {
    kind: NonNullable<unknown>;
    name: NonNullable<unknown>;
};
export type Issue_Dead_EndInputs = {
    kind: NonNullable<unknown>;
    name: NonNullable<unknown>;
    count: NonNullable<unknown>;
    names: NonNullable<unknown>;
};
export type Issue_Duplicate_IdInputs = {
    id: NonNullable<unknown>;
};
export type Issue_Duplicate_NameInputs = {
    name: NonNullable<unknown>;
};
export type Issue_EmptyInputs = {};
export type Issue_Grid_InvalidInputs = {
    trial: NonNullable<unknown>;
    issue: NonNullable<unknown>;
};
export type Issue_Input_Has_InputsInputs = {
    kind: NonNullable<unknown>;
    name: NonNullable<unknown>;
};
export type Issue_Input_ShapeInputs = {
    name: NonNullable<unknown>;
    shape: NonNullable<unknown>;
    size: NonNullable<unknown>;
    dataset: NonNullable<unknown>;
    expected: NonNullable<unknown>;
    expectedSize: NonNullable<unknown>;
};
export type Issue_Input_UnconnectedInputs = {
    kind: NonNullable<unknown>;
    name: NonNullable<unknown>;
};
export type Issue_Join_AndInputs = {};
export type Issue_Join_CommaInputs = {};
export type Issue_Kernel_Too_BigInputs = {
    kind: NonNullable<unknown>;
    name: NonNullable<unknown>;
    kernel: NonNullable<unknown>;
    image: NonNullable<unknown>;
};
export type Issue_Needs_FlatInputs = {
    kind: NonNullable<unknown>;
    name: NonNullable<unknown>;
    shape: NonNullable<unknown>;
};
export type Issue_Needs_Flat_ImageInputs = {
    kind: NonNullable<unknown>;
    name: NonNullable<unknown>;
    shape: NonNullable<unknown>;
};
export type Issue_Needs_ImageInputs = {
    kind: NonNullable<unknown>;
    name: NonNullable<unknown>;
    shape: NonNullable<unknown>;
};
export type Issue_Needs_Image_FlatInputs = {
    kind: NonNullable<unknown>;
    name: NonNullable<unknown>;
    shape: NonNullable<unknown>;
    image: NonNullable<unknown>;
};
export type Issue_No_InputInputs = {};
export type Issue_No_InputsInputs = {
    kind: NonNullable<unknown>;
    name: NonNullable<unknown>;
};
export type Issue_No_OutputInputs = {};
export type Issue_Not_Ready_To_TrainInputs = {
    why: NonNullable<unknown>;
};
export type Issue_ParamInputs = {
    kind: NonNullable<unknown>;
    name: NonNullable<unknown>;
    param: NonNullable<unknown>;
    problem: NonNullable<unknown>;
};
export type Issue_Pool_WindowInputs = {
    kind: NonNullable<unknown>;
    name: NonNullable<unknown>;
    window: NonNullable<unknown>;
    image: NonNullable<unknown>;
};
export type Issue_Problem_At_LeastInputs = {
    value: NonNullable<unknown>;
    min: NonNullable<unknown>;
};
export type Issue_Problem_BelowInputs = {
    value: NonNullable<unknown>;
    min: NonNullable<unknown>;
    max: NonNullable<unknown>;
};
export type Issue_Problem_BetweenInputs = {
    value: NonNullable<unknown>;
    min: NonNullable<unknown>;
    max: NonNullable<unknown>;
};
export type Issue_Problem_BoolInputs = {};
export type Issue_Problem_EnumInputs = {
    value: NonNullable<unknown>;
    options: NonNullable<unknown>;
};
export type Issue_Problem_Not_NumberInputs = {
    value: NonNullable<unknown>;
};
export type Issue_Problem_Not_WholeInputs = {
    value: NonNullable<unknown>;
};
export type Issue_Problem_PairInputs = {
    value: NonNullable<unknown>;
};
export type Issue_Problem_RegularizerInputs = {
    l1: NonNullable<unknown>;
    l2: NonNullable<unknown>;
};
export type Issue_Problem_ShapeInputs = {
    value: NonNullable<unknown>;
};
export type Issue_Problem_Shape_InferInputs = {
    value: NonNullable<unknown>;
};
export type Issue_QuotedInputs = {
    name: NonNullable<unknown>;
};
export type Issue_Reshape_MultipleInputs = {
    kind: NonNullable<unknown>;
    name: NonNullable<unknown>;
    shape: NonNullable<unknown>;
    total: NonNullable<unknown>;
    target: NonNullable<unknown>;
    known: NonNullable<unknown>;
};
export type Issue_Reshape_SizeInputs = {
    kind: NonNullable<unknown>;
    name: NonNullable<unknown>;
    shape: NonNullable<unknown>;
    total: NonNullable<unknown>;
    target: NonNullable<unknown>;
    known: NonNullable<unknown>;
};
export type Issue_Second_InputInputs = {
    kind: NonNullable<unknown>;
    name: NonNullable<unknown>;
};
export type Issue_Self_LoopInputs = {
    kind: NonNullable<unknown>;
    name: NonNullable<unknown>;
};
export type Issue_Too_Few_InputsInputs = {
    kind: NonNullable<unknown>;
    name: NonNullable<unknown>;
    min: NonNullable<unknown>;
    count: NonNullable<unknown>;
};
export type Issue_Too_LargeInputs = {
    name: NonNullable<unknown>;
    count: NonNullable<unknown>;
    max: NonNullable<unknown>;
};
export type Issue_Too_Large_OfInputs = {
    name: NonNullable<unknown>;
    count: NonNullable<unknown>;
    total: NonNullable<unknown>;
    max: NonNullable<unknown>;
};
export type Issue_Too_Many_InputsInputs = {
    kind: NonNullable<unknown>;
    name: NonNullable<unknown>;
    count: NonNullable<unknown>;
};
export type Lab_AboutInputs = {};
export type Lab_About_PlaceholderInputs = {};
export type Lab_Info_RegionInputs = {};
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
export type Lab_Quick_NameInputs = {
    name: NonNullable<unknown>;
};
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
export type Notice_File_WarningsInputs = {
    name: NonNullable<unknown>;
    warnings: NonNullable<unknown>;
};
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
export type Overview_Locks_ClassInputs = {
    who: NonNullable<unknown>;
    found: NonNullable<unknown>;
    expected: NonNullable<unknown>;
};
export type Overview_Locks_DeclaredInputs = {
    who: NonNullable<unknown>;
    found: NonNullable<unknown>;
    expected: NonNullable<unknown>;
};
export type Overview_Locks_Other_LabInputs = {
    who: NonNullable<unknown>;
    found: NonNullable<unknown>;
    expected: NonNullable<unknown>;
};
export type Overview_Locks_TeacherInputs = {
    who: NonNullable<unknown>;
    found: NonNullable<unknown>;
    expected: NonNullable<unknown>;
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
export type Report_Col_Best_Val_AccuracyInputs = {};
export type Report_Col_Best_Val_LossInputs = {};
export type Report_Col_EpochsInputs = {};
export type Report_Col_KindInputs = {};
export type Report_Col_Last_AccuracyInputs = {};
export type Report_Col_LayerInputs = {};
export type Report_Col_ParamsInputs = {};
export type Report_Col_RunInputs = {};
export type Report_Col_SettingsInputs = {};
export type Report_Col_ShapeInputs = {};
export type Report_Col_StatusInputs = {};
export type Report_Curve_CaptionInputs = {
    metric: NonNullable<unknown>;
};
export type Report_CurvesInputs = {};
export type Report_Curves_LabelInputs = {
    metric: NonNullable<unknown>;
};
export type Report_Diagram_LabelInputs = {};
export type Report_DoneInputs = {};
export type Report_Fingerprint_NoneInputs = {};
export type Report_MetaInputs = {
    student: NonNullable<unknown>;
    when: NonNullable<unknown>;
    app: NonNullable<unknown>;
    passed: NonNullable<unknown>;
    total: NonNullable<unknown>;
    fingerprint: NonNullable<unknown>;
};
export type Report_ModelInputs = {};
export type Report_No_AnswerInputs = {};
export type Report_No_NameInputs = {};
export type Report_No_RunsInputs = {};
export type Report_ParamsInputs = {
    count: NonNullable<unknown>;
};
export type Report_RunsInputs = {};
export type Report_StepsInputs = {};
export type Report_Title_FallbackInputs = {};
export type Report_TotalInputs = {};
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
export type Sweep_At_LeastInputs = {
    label: NonNullable<unknown>;
    limit: NonNullable<unknown>;
    value: NonNullable<unknown>;
};
export type Sweep_At_MostInputs = {
    label: NonNullable<unknown>;
    limit: NonNullable<unknown>;
    value: NonNullable<unknown>;
};
export type Sweep_EveryInputs = {
    kind: NonNullable<unknown>;
    count: NonNullable<unknown>;
};
export type Sweep_Give_ValueInputs = {
    label: NonNullable<unknown>;
};
export type Sweep_HiddenInputs = {
    count: NonNullable<unknown>;
    kind: NonNullable<unknown>;
};
export type Sweep_Integer_RangeInputs = {
    problem: NonNullable<unknown>;
};
export type Sweep_Less_ThanInputs = {
    label: NonNullable<unknown>;
    limit: NonNullable<unknown>;
    value: NonNullable<unknown>;
};
export type Sweep_Log_PositiveInputs = {
    label: NonNullable<unknown>;
};
export type Sweep_More_ThanInputs = {
    label: NonNullable<unknown>;
    limit: NonNullable<unknown>;
    value: NonNullable<unknown>;
};
export type Sweep_No_RangeInputs = {
    label: NonNullable<unknown>;
};
export type Sweep_Not_BoolInputs = {
    label: NonNullable<unknown>;
    word: NonNullable<unknown>;
};
export type Sweep_Not_NumberInputs = {
    word: NonNullable<unknown>;
    label: NonNullable<unknown>;
};
export type Sweep_Not_OptionInputs = {
    word: NonNullable<unknown>;
    options: NonNullable<unknown>;
};
export type Sweep_OnlyInputs = {
    layer: NonNullable<unknown>;
};
export type Sweep_Range_EndsInputs = {
    label: NonNullable<unknown>;
};
export type Sweep_Range_SameInputs = {
    label: NonNullable<unknown>;
    value: NonNullable<unknown>;
};
export type Sweep_Range_StepsInputs = {
    max: NonNullable<unknown>;
    steps: NonNullable<unknown>;
};
export type Sweep_Too_ManyInputs = {
    max: NonNullable<unknown>;
    label: NonNullable<unknown>;
    count: NonNullable<unknown>;
};
export type Sweep_TwiceInputs = {
    value: NonNullable<unknown>;
};
export type Sweep_WholeInputs = {
    label: NonNullable<unknown>;
    value: NonNullable<unknown>;
};
export type Tab_CodeInputs = {};
export type Tab_GridInputs = {};
export type Tab_Grid_SweptInputs = {
    count: NonNullable<unknown>;
};
export type Tab_LayerInputs = {};
export type Tab_TrainingInputs = {};
export type Tabs_LabelInputs = {};
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
export type Teach_Grid_LockedInputs = {};
export type Teach_Grid_Locked_AuthorInputs = {
    author: NonNullable<unknown>;
};
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
export type Teach_Locked_ByInputs = {
    why: NonNullable<unknown>;
};
export type Teach_Locked_By_AuthorInputs = {
    author: NonNullable<unknown>;
    why: NonNullable<unknown>;
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
export type Teach_RefusedInputs = {
    subject: NonNullable<unknown>;
    why: NonNullable<unknown>;
};
export type Teach_Refused_AuthorInputs = {
    subject: NonNullable<unknown>;
    author: NonNullable<unknown>;
    why: NonNullable<unknown>;
};
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
export type Teach_Steps_Are_TeachersInputs = {};
export type Teach_Steps_EditorInputs = {};
export type Teach_Subject_DatasetInputs = {};
export type Teach_Subject_LayerInputs = {
    name: NonNullable<unknown>;
};
export type Teach_Subject_SettingInputs = {
    setting: NonNullable<unknown>;
};
export type Teach_Subject_StructureInputs = {};
export type Teach_TopicInputs = {};
export type Teach_Topic_NoneInputs = {};
export type Teach_Training_AugmentationInputs = {};
export type Teach_Training_Batch_SizeInputs = {};
export type Teach_Training_Early_StoppingInputs = {};
export type Teach_Training_EpochsInputs = {};
export type Teach_Training_Label_SmoothingInputs = {};
export type Teach_Training_Learning_RateInputs = {};
export type Teach_Training_LossInputs = {};
export type Teach_Training_MomentumInputs = {};
export type Teach_Training_OptimizerInputs = {};
export type Teach_Training_SeedInputs = {};
export type Teach_Training_ShuffleInputs = {};
export type Teach_Training_Shuffle_LabelsInputs = {};
export type Teach_Training_Train_SubsetInputs = {};
export type Teach_Training_ValidationInputs = {};
export type Teach_UnitInputs = {};
export type Teach_Unit_LabelInputs = {};
export type Teach_Unit_PlaceholderInputs = {};
export type Teach_Unlock_LabelInputs = {
    what: NonNullable<unknown>;
};
export type Teach_Why_DatasetInputs = {};
export type Teach_Why_LayerInputs = {};
export type Teach_Why_SeedInputs = {};
export type Teach_Why_SettingInputs = {
    setting: NonNullable<unknown>;
};
export type Teach_Why_StructureInputs = {};
export type Teach_With_LayersInputs = {};
export type Teach_Without_LayersInputs = {};
export type Teach_WriteInputs = {};
export type Teach_Write_Or_PreviewInputs = {};
export type Teach_YesInputs = {};
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
export type Tpl_Cnn_DescriptionInputs = {};
export type Tpl_Cnn_TitleInputs = {};
export type Tpl_Imdb_BlurbInputs = {};
export type Tpl_Imdb_DescriptionInputs = {};
export type Tpl_Logistic_BlurbInputs = {};
export type Tpl_Logistic_DescriptionInputs = {};
export type Tpl_Logistic_TitleInputs = {};
export type Tpl_Mlp16_BlurbInputs = {};
export type Tpl_Mlp16_DescriptionInputs = {};
export type Tpl_Mlp16_TitleInputs = {};
export type Tpl_Mlp512_BlurbInputs = {};
export type Tpl_Mlp512_DescriptionInputs = {};
export type Tpl_Moons_BlurbInputs = {};
export type Tpl_Moons_DescriptionInputs = {};
export type Tpl_Moons_NameInputs = {};
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
export type Words_AfterInputs = {
    phrase: NonNullable<unknown>;
    layers: NonNullable<unknown>;
};
export type Words_All_ExamplesInputs = {};
export type Words_At_StartInputs = {
    phrase: NonNullable<unknown>;
};
export type Words_Aug_FillInputs = {};
export type Words_Aug_Fill_ValueInputs = {};
export type Words_Aug_Height_ShiftInputs = {};
export type Words_Aug_Horizontal_FlipInputs = {};
export type Words_Aug_RotationInputs = {};
export type Words_Aug_ShearInputs = {};
export type Words_Aug_Vertical_FlipInputs = {};
export type Words_Aug_Width_ShiftInputs = {};
export type Words_Aug_ZoomInputs = {};
export type Words_AugmentationInputs = {
    list: NonNullable<unknown>;
};
export type Words_Augmentation_NameInputs = {};
export type Words_Augmentation_NoneInputs = {};
export type Words_BatchInputs = {
    size: NonNullable<unknown>;
};
export type Words_Batch_SizeInputs = {};
export type Words_Changes_JoinInputs = {};
export type Words_DatasetInputs = {};
export type Words_DefaultInputs = {};
export type Words_Early_StoppingInputs = {
    monitor: NonNullable<unknown>;
    patience: NonNullable<unknown>;
};
export type Words_Early_Stopping_BestInputs = {
    monitor: NonNullable<unknown>;
    patience: NonNullable<unknown>;
};
export type Words_Early_Stopping_NameInputs = {};
export type Words_Early_Stopping_SettingInputs = {
    setting: NonNullable<unknown>;
};
export type Words_EpochsInputs = {
    count: NonNullable<unknown>;
};
export type Words_First_ExamplesInputs = {
    count: NonNullable<unknown>;
};
export type Words_FoldInputs = {
    fold: NonNullable<unknown>;
    folds: NonNullable<unknown>;
};
export type Words_ImdbInputs = {
    count: NonNullable<unknown>;
};
export type Words_InsteadInputs = {
    what: NonNullable<unknown>;
    now: NonNullable<unknown>;
    before: NonNullable<unknown>;
};
export type Words_Instead_OfInputs = {
    now: NonNullable<unknown>;
    before: NonNullable<unknown>;
};
export type Words_Label_SmoothingInputs = {
    value: NonNullable<unknown>;
};
export type Words_Label_Smoothing_NameInputs = {};
export type Words_NoInputs = {
    what: NonNullable<unknown>;
};
export type Words_NoneInputs = {};
export type Words_Not_Shuffled_Each_EpochInputs = {};
export type Words_OffInputs = {};
export type Words_OnInputs = {};
export type Words_On_LayerInputs = {
    phrase: NonNullable<unknown>;
    layer: NonNullable<unknown>;
};
export type Words_On_LayersInputs = {
    phrase: NonNullable<unknown>;
    count: NonNullable<unknown>;
};
export type Words_Shuffled_Each_EpochInputs = {};
export type Words_Shuffled_LabelsInputs = {};
export type Words_SyntheticInputs = {
    shape: NonNullable<unknown>;
    samples: NonNullable<unknown>;
    noise: NonNullable<unknown>;
};
export type Words_The_StartInputs = {};
export type Words_True_LabelsInputs = {};
export type Words_Validation_NoneInputs = {};
export type Words_Validation_SplitInputs = {
    fraction: NonNullable<unknown>;
};
export type Words_Validation_TestInputs = {};
