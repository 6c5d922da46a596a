/**
 * Error sentences as a message key and its parameters, so each side words them in its own
 * language: a throw site says `said('error_file_missing', { file })` once; the English `message`
 * (what `--json` prints and logs keep) and the user's sentence are both made from that one message.
 * A parameter may itself be a sentence (a reason, a wrapped error), worded in the same language.
 */
import { m } from './messages/messages.js';
import type { MessageLocale } from './i18n.ts';
import {
  ISSUE_MESSAGES,
  isIssueJoin,
  wordIssue,
  wordIssueParam,
  type IssueList,
  type IssueWords,
} from './issue-words.ts';

/** Every message an error sentence may name: the one table of error keys. */
const ERROR_MESSAGES = {
  error_in_where: m.error_in_where,
  error_in_step: m.error_in_step,
  error_lab_not_object: m.error_lab_not_object,
  error_lab_wrong_format: m.error_lab_wrong_format,
  error_lab_settings: m.error_lab_settings,
  error_json_at: m.error_json_at,
  error_json_ends: m.error_json_ends,
  error_json_character: m.error_json_character,
  error_future_version_lab: m.error_future_version_lab,
  error_future_version_graph: m.error_future_version_graph,
  error_graph_not_object: m.error_graph_not_object,
  error_graph_invalid: m.error_graph_invalid,
  error_not_lab_or_keras: m.error_not_lab_or_keras,
  error_file_missing: m.error_file_missing,
  error_file_too_large: m.error_file_too_large,
  error_file_binary: m.error_file_binary,
  error_what_lab_file: m.error_what_lab_file,
  error_what_keras_json: m.error_what_keras_json,
  error_what_python_file: m.error_what_python_file,
  error_fs_failed: m.error_fs_failed,
  error_fs_action_read: m.error_fs_action_read,
  error_fs_action_write: m.error_fs_action_write,
  error_fs_action_mkdir: m.error_fs_action_mkdir,
  error_fs_disk_full: m.error_fs_disk_full,
  error_fs_permission: m.error_fs_permission,
  error_fs_read_only: m.error_fs_read_only,
  error_fs_is_folder: m.error_fs_is_folder,
  error_fs_not_folder: m.error_fs_not_folder,
  error_fs_exists: m.error_fs_exists,
  error_fs_missing: m.error_fs_missing,
  error_fs_no_parent: m.error_fs_no_parent,
  error_fs_cannot_mkdir: m.error_fs_cannot_mkdir,
  error_fs_too_long: m.error_fs_too_long,
  error_fs_loop: m.error_fs_loop,
  error_fs_too_many_open: m.error_fs_too_many_open,
  error_fs_system: m.error_fs_system,
  error_store_full: m.error_store_full,
  error_diverged: m.error_diverged,
  error_trainer_ended: m.error_trainer_ended,
  error_trainer_no_answer: m.error_trainer_no_answer,
  error_trainer_stopped: m.error_trainer_stopped,
  error_trainer_stopped_said: m.error_trainer_stopped_said,
  error_trainer_how_killed: m.error_trainer_how_killed,
  error_trainer_how_exited: m.error_trainer_how_exited,
  error_trainer_no_start: m.error_trainer_no_start,
  error_no_weights_run: m.error_no_weights_run,
  error_no_weights_gone: m.error_no_weights_gone,
  error_not_running_run: m.error_not_running_run,
  error_not_running_queued: m.error_not_running_queued,
  error_not_running_grid: m.error_not_running_grid,
  error_not_found_run: m.error_not_found_run,
  error_not_found_grid: m.error_not_found_grid,
  error_busy_delete_run: m.error_busy_delete_run,
  error_busy_delete_grid: m.error_busy_delete_grid,
  error_busy_grid_running: m.error_busy_grid_running,
  error_busy_repair_store: m.error_busy_repair_store,
  error_data_missing: m.error_data_missing,
  error_builtin_missing: m.error_builtin_missing,
  error_builtin_missing_partial: m.error_builtin_missing_partial,
  error_builtin_no_folders: m.error_builtin_no_folders,
  error_data_partial_folder: m.error_data_partial_folder,
  error_data_partial_folders: m.error_data_partial_folders,
  error_data_partial_files: m.error_data_partial_files,
  error_two_sentences: m.error_two_sentences,
  error_data_denied: m.error_data_denied,
  error_data_unreadable: m.error_data_unreadable,
  error_data_folder: m.error_data_folder,
  error_data_inflates: m.error_data_inflates,
  error_data_bad_gzip: m.error_data_bad_gzip,
  error_data_empty_file: m.error_data_empty_file,
  error_data_header_only: m.error_data_header_only,
  error_data_no_class_folders: m.error_data_no_class_folders,
  error_augment_not_images: m.error_augment_not_images,
  error_disconnected: m.error_disconnected,
  error_keras_not_json: m.error_keras_not_json,
  error_keras_not_model: m.error_keras_not_model,
  error_keras_not_model_class: m.error_keras_not_model_class,
  error_keras_no_layers: m.error_keras_no_layers,
  error_keras_place_model: m.error_keras_place_model,
  error_keras_place_model_start: m.error_keras_place_model_start,
  error_keras_place_code: m.error_keras_place_code,
  error_keras_place_code_start: m.error_keras_place_code_start,
  error_keras_in: m.error_keras_in,
  error_keras_in_line: m.error_keras_in_line,
  error_keras_layer: m.error_keras_layer,
  error_keras_layer_named: m.error_keras_layer_named,
  error_keras_layer_number: m.error_keras_layer_number,
  error_keras_no_class_name: m.error_keras_no_class_name,
  error_keras_nested_model: m.error_keras_nested_model,
  error_keras_unsupported_class: m.error_keras_unsupported_class,
  error_keras_same_name: m.error_keras_same_name,
  error_keras_no_layers_sequential: m.error_keras_no_layers_sequential,
  error_keras_input_not_first: m.error_keras_input_not_first,
  error_keras_merge_in_sequential: m.error_keras_merge_in_sequential,
  error_keras_no_input_shape: m.error_keras_no_input_shape,
  error_keras_unknown_source: m.error_keras_unknown_source,
  error_keras_unknown_end: m.error_keras_unknown_end,
  error_keras_loop: m.error_keras_loop,
  error_keras_inbound_not_list: m.error_keras_inbound_not_list,
  error_keras_shared_layer: m.error_keras_shared_layer,
  error_keras_inbound_empty: m.error_keras_inbound_empty,
  error_keras_reads_other_output: m.error_keras_reads_other_output,
  error_keras_batchnorm_axis: m.error_keras_batchnorm_axis,
  error_keras_bad_value: m.error_keras_bad_value,
  error_keras_expected_int: m.error_keras_expected_int,
  error_keras_expected_number: m.error_keras_expected_number,
  error_keras_expected_bool: m.error_keras_expected_bool,
  error_keras_expected_pair: m.error_keras_expected_pair,
  error_keras_expected_int_list: m.error_keras_expected_int_list,
  error_keras_expected_batch_shape: m.error_keras_expected_batch_shape,
  error_keras_expected_input_shape: m.error_keras_expected_input_shape,
  error_keras_shape_not_fixed: m.error_keras_shape_not_fixed,
  error_keras_padding: m.error_keras_padding,
  error_keras_activation: m.error_keras_activation,
  error_keras_regularizer: m.error_keras_regularizer,
  error_keras_needs_default: m.error_keras_needs_default,
  error_keras_uses_no_constraint: m.error_keras_uses_no_constraint,
  error_keras_uses_no_lora: m.error_keras_uses_no_lora,
  error_keras_uses_channels_last: m.error_keras_uses_channels_last,
  error_keras_uses_dilation_1: m.error_keras_uses_dilation_1,
  error_keras_uses_groups_1: m.error_keras_uses_groups_1,
  error_keras_uses_keepdims: m.error_keras_uses_keepdims,
  error_keras_uses_one_mask: m.error_keras_uses_one_mask,
  error_keras_uses_none: m.error_keras_uses_none,
  error_keras_uses_no_renorm: m.error_keras_uses_no_renorm,
  error_keras_uses_whole_batch: m.error_keras_uses_whole_batch,
  error_keras_uses_no_adjustment: m.error_keras_uses_no_adjustment,
  error_python_sequential_empty: m.error_python_sequential_empty,
  error_python_no_input_shape: m.error_python_no_input_shape,
  error_python_several_inputs: m.error_python_several_inputs,
  error_python_other_input: m.error_python_other_input,
  error_python_output_not_from_input: m.error_python_output_not_from_input,
  error_python_empty: m.error_python_empty,
  error_python_is_json: m.error_python_is_json,
  error_python_unreadable: m.error_python_unreadable,
  error_python_no_model: m.error_python_no_model,
  error_model_file_not_keras: m.error_model_file_not_keras,
  error_model_file_bad_zip: m.error_model_file_bad_zip,
  error_model_file_zip_without: m.error_model_file_zip_without,
  error_model_file_member_too_large: m.error_model_file_member_too_large,
  error_model_file_member_size: m.error_model_file_member_size,
  error_model_file_weights_only: m.error_model_file_weights_only,
  error_model_file_weight_missing: m.error_model_file_weight_missing,
  error_model_file_weights_orphan: m.error_model_file_weights_orphan,
  error_model_file_no_weights: m.error_model_file_no_weights,
  error_model_file_weight_count: m.error_model_file_weight_count,
  error_model_file_weight_shape: m.error_model_file_weight_shape,
  error_model_file_bad_hdf5: m.error_model_file_bad_hdf5,
  error_layout_not_float32: m.error_layout_not_float32,
  error_layout_quantized: m.error_layout_quantized,
  error_layout_weights_end: m.error_layout_weights_end,
  error_layout_invalid_model: m.error_layout_invalid_model,
  error_layout_not_valid: m.error_layout_not_valid,
  error_layout_slash_in_name: m.error_layout_slash_in_name,
  error_layout_weight_missing: m.error_layout_weight_missing,
  error_layout_weight_extra: m.error_layout_weight_extra,
  error_npz_unreadable: m.error_npz_unreadable,
  error_npz_too_large: m.error_npz_too_large,
  error_npz_entry_size: m.error_npz_entry_size,
  error_npz_half_test: m.error_npz_half_test,
  error_npz_found_arrays: m.error_npz_found_arrays,
  error_npz_found_none: m.error_npz_found_none,
  error_npz_no_arrays: m.error_npz_no_arrays,
  error_npz_array: m.error_npz_array,
  error_npz_array_then: m.error_npz_array_then,
  error_npz_feature_shape: m.error_npz_feature_shape,
  error_npz_not_finite: m.error_npz_not_finite,
  error_npz_label_shape: m.error_npz_label_shape,
  error_npz_not_one_hot: m.error_npz_not_one_hot,
  error_npz_count_mismatch: m.error_npz_count_mismatch,
  error_npz_test_shape: m.error_npz_test_shape,
  error_npy_not_npy: m.error_npy_not_npy,
  error_npy_version: m.error_npy_version,
  error_npy_truncated_header: m.error_npy_truncated_header,
  error_npy_structured: m.error_npy_structured,
  error_npy_bad_header: m.error_npy_bad_header,
  error_npy_fortran: m.error_npy_fortran,
  error_npy_objects: m.error_npy_objects,
  error_npy_dtype: m.error_npy_dtype,
  error_npy_big_endian: m.error_npy_big_endian,
  error_npy_bad_shape: m.error_npy_bad_shape,
  error_npy_too_large: m.error_npy_too_large,
  error_npy_truncated: m.error_npy_truncated,
  error_idx_images_of: m.error_idx_images_of,
  error_idx_labels_of: m.error_idx_labels_of,
  error_idx_too_short: m.error_idx_too_short,
  error_idx_swapped_images: m.error_idx_swapped_images,
  error_idx_swapped_labels: m.error_idx_swapped_labels,
  error_idx_not_images: m.error_idx_not_images,
  error_idx_not_labels: m.error_idx_not_labels,
  error_idx_magic: m.error_idx_magic,
  error_idx_truncated_header: m.error_idx_truncated_header,
  error_idx_truncated: m.error_idx_truncated,
  error_idx_extra: m.error_idx_extra,
  error_labels_one_class: m.error_labels_one_class,
  error_labels_not_whole: m.error_labels_not_whole,
  error_labels_empty: m.error_labels_empty,
  error_data_npy_alone: m.error_data_npy_alone,
  error_data_unknown_kind: m.error_data_unknown_kind,
  error_csv_no_column_index: m.error_csv_no_column_index,
  error_csv_no_header: m.error_csv_no_header,
  error_csv_no_column_name: m.error_csv_no_column_name,
  error_csv_quotes: m.error_csv_quotes,
  error_csv_one_column: m.error_csv_one_column,
  error_csv_the_header: m.error_csv_the_header,
  error_csv_row: m.error_csv_row,
  error_csv_row_width: m.error_csv_row_width,
  error_csv_not_number: m.error_csv_not_number,
  error_csv_label_column: m.error_csv_label_column,
  error_images_none: m.error_images_none,
  error_images_too_big: m.error_images_too_big,
  error_images_undecodable: m.error_images_undecodable,
  error_images_not_image: m.error_images_not_image,
  error_images_test_class: m.error_images_test_class,
  error_images_test_classes: m.error_images_test_classes,
  error_images_too_many: m.error_images_too_many,
  error_imdb_archive: m.error_imdb_archive,
  error_imdb_inside: m.error_imdb_inside,
  error_imdb_no_reviews: m.error_imdb_no_reviews,
  error_mnist_dims: m.error_mnist_dims,
  error_mnist_count: m.error_mnist_count,
  error_mnist_label_range: m.error_mnist_label_range,
  error_download_by_hand: m.error_download_by_hand,
  error_download_unreachable: m.error_download_unreachable,
  error_download_http: m.error_download_http,
  error_download_md5: m.error_download_md5,
  error_download_broke: m.error_download_broke,
  error_download_mkdir: m.error_download_mkdir,
  error_mnist_split_shapes: m.error_mnist_split_shapes,
  error_synthetic_classes: m.error_synthetic_classes,
  error_grid_invalid: m.error_grid_invalid,
  error_grid_too_many: m.error_grid_too_many,
  error_grid_values_of: m.error_grid_values_of,
  error_grid_times: m.error_grid_times,
  error_grid_not_sweepable: m.error_grid_not_sweepable,
  error_grid_bool: m.error_grid_bool,
  error_grid_optimizer: m.error_grid_optimizer,
  error_grid_numbers: m.error_grid_numbers,
  error_grid_setting: m.error_grid_setting,
  error_grid_at_least: m.error_grid_at_least,
  error_grid_more_than: m.error_grid_more_than,
  error_grid_at_most: m.error_grid_at_most,
  error_grid_less_than: m.error_grid_less_than,
  error_grid_not_whole: m.error_grid_not_whole,
  error_grid_not_number: m.error_grid_not_number,
  error_grid_is_value: m.error_grid_is_value,
  error_grid_no_param: m.error_grid_no_param,
  error_grid_regularizer_path: m.error_grid_regularizer_path,
  error_grid_selector: m.error_grid_selector,
  error_grid_twice: m.error_grid_twice,
  error_grid_trial: m.error_grid_trial,
  error_grid_trial_training: m.error_grid_trial_training,
  error_grid_trial_model: m.error_grid_trial_model,
  error_grid_none: m.error_grid_none,
  error_store_repair_advice: m.error_store_repair_advice,
  error_store_damaged: m.error_store_damaged,
  error_store_read_only: m.error_store_read_only,
  error_store_cannot_open: m.error_store_cannot_open,
  error_store_locked: m.error_store_locked,
  error_store_closed: m.error_store_closed,
  error_store_io: m.error_store_io,
  error_store_needs_folder: m.error_store_needs_folder,
  error_store_future: m.error_store_future,
  error_store_damaged_insights: m.error_store_damaged_insights,
  error_store_nothing_to_move: m.error_store_nothing_to_move,
  error_library_quick_invalid: m.error_library_quick_invalid,
  error_library_no_lab: m.error_library_no_lab,
  error_library_no_quick: m.error_library_no_quick,
  error_lab_no_name: m.error_lab_no_name,
  error_pool_not_redis_url: m.error_pool_not_redis_url,
  error_pool_wrong_scheme: m.error_pool_wrong_scheme,
  error_pool_no_host: m.error_pool_no_host,
  error_pool_job_version: m.error_pool_job_version,
  error_pool_the_job: m.error_pool_the_job,
  error_pool_the_record: m.error_pool_the_record,
  error_pool_job_malformed: m.error_pool_job_malformed,
  error_pool_record_malformed: m.error_pool_record_malformed,
  error_redis_refused: m.error_redis_refused,
  error_redis_no_host: m.error_redis_no_host,
  error_redis_unreachable: m.error_redis_unreachable,
  error_redis_wants_password: m.error_redis_wants_password,
  error_redis_bad_password: m.error_redis_bad_password,
  error_redis_tls: m.error_redis_tls,
  error_redis_failed: m.error_redis_failed,
  error_redis_no_answer: m.error_redis_no_answer,
  error_redis_no_answer_tls: m.error_redis_no_answer_tls,
  error_pool_disconnected: m.error_pool_disconnected,
  error_pool_no_answer: m.error_pool_no_answer,
  error_pool_lost_minute: m.error_pool_lost_minute,
  error_pool_lost_minutes: m.error_pool_lost_minutes,
  error_pool_silent: m.error_pool_silent,
  error_pool_worker_name: m.error_pool_worker_name,
  error_pool_worker_name_here: m.error_pool_worker_name_here,
  error_pool_grid_running: m.error_pool_grid_running,
  error_pool_not_connected: m.error_pool_not_connected,
  error_pool_none: m.error_pool_none,
  error_roster_line: m.error_roster_line,
  error_roster_new_student: m.error_roster_new_student,
  error_roster_no_name: m.error_roster_no_name,
  error_roster_long_name: m.error_roster_long_name,
  error_roster_bad_code: m.error_roster_bad_code,
  error_roster_twice: m.error_roster_twice,
  error_roster_not_roster: m.error_roster_not_roster,
  error_roster_unreadable: m.error_roster_unreadable,
  error_roster_code_taken: m.error_roster_code_taken,
  error_class_host: m.error_class_host,
  error_cli_lang: m.error_cli_lang,
  error_cli_no_quick: m.error_cli_no_quick,
  error_cli_not_guided: m.error_cli_not_guided,
  error_cli_no_run_or_model: m.error_cli_no_run_or_model,
  error_cli_no_run_or_lab: m.error_cli_no_run_or_lab,
  error_cli_no_run: m.error_cli_no_run,
  error_cli_lab_no_weights: m.error_cli_lab_no_weights,
  error_cli_run_no_weights: m.error_cli_run_no_weights,
  error_cli_sweep_syntax: m.error_cli_sweep_syntax,
  error_cli_no_grid: m.error_cli_no_grid,
  error_cli_import_json: m.error_cli_import_json,
  error_cli_no_insights: m.error_cli_no_insights,
  error_cli_no_epoch: m.error_cli_no_epoch,
  error_cli_model_too_large: m.error_cli_model_too_large,
  error_cli_report_format: m.error_cli_report_format,
  error_cli_report_folder: m.error_cli_report_folder,
  error_cli_redis_not_class: m.error_cli_redis_not_class,
  error_cli_class_only: m.error_cli_class_only,
  error_cli_unknown_dataset: m.error_cli_unknown_dataset,
  error_cli_lab_and_model: m.error_cli_lab_and_model,
  error_cli_model_needs_dataset: m.error_cli_model_needs_dataset,
  error_cli_train_what: m.error_cli_train_what,
  error_cli_model_file_and_model: m.error_cli_model_file_and_model,
  error_cli_validation: m.error_cli_validation,
  error_cli_training_setting: m.error_cli_training_setting,
  error_cli_model_invalid: m.error_cli_model_invalid,
  error_cli_worker_name: m.error_cli_worker_name,
  error_cli_concurrency: m.error_cli_concurrency,
  error_host_unknown_method: m.error_host_unknown_method,
  error_host_invalid_arguments: m.error_host_invalid_arguments,
  error_path_outside_reads: m.error_path_outside_reads,
  error_path_outside_writes: m.error_path_outside_writes,
  error_path_leads_to: m.error_path_leads_to,
  error_path_for_labs: m.error_path_for_labs,
  error_path_for_datasets: m.error_path_for_datasets,
  error_path_for_exports: m.error_path_for_exports,
  error_path_for_reports: m.error_path_for_reports,
  error_run_name_empty: m.error_run_name_empty,
  error_reports_folder: m.error_reports_folder,
  error_class_no_pool: m.error_class_no_pool,
  error_early_stopping_no_validation: m.error_early_stopping_no_validation,
  error_augment_needs_images: m.error_augment_needs_images,
  error_weights_stored_shape: m.error_weights_stored_shape,
  error_weights_stored_missing: m.error_weights_stored_missing,
  error_no_test_set_evaluate: m.error_no_test_set_evaluate,
  error_no_test_set_validate: m.error_no_test_set_validate,
  error_split_empty: m.error_split_empty,
  error_subset_too_large: m.error_subset_too_large,
  error_fold_missing: m.error_fold_missing,
  error_fold_too_few: m.error_fold_too_few,
  error_backend_unknown: m.error_backend_unknown,
  error_backend_none: m.error_backend_none,
  error_weights_run: m.error_weights_run,
  error_weights_no_weight: m.error_weights_no_weight,
  error_weights_shape: m.error_weights_shape,
  error_weights_extra: m.error_weights_extra,
  error_budget_needs: m.error_budget_needs,
  error_budget_over_half: m.error_budget_over_half,
  error_budget_not_free: m.error_budget_not_free,
  error_export_no_weights: m.error_export_no_weights,
  error_export_no_history: m.error_export_no_history,
  error_export_no_history_cli: m.error_export_no_history_cli,
  error_report_not_report: m.error_report_not_report,
  error_report_unreadable: m.error_report_unreadable,
  error_report_no_data: m.error_report_no_data,
  error_report_data_cut: m.error_report_data_cut,
  error_report_no_attachment: m.error_report_no_attachment,
  error_report_attachment_cut: m.error_report_attachment_cut,
  error_report_attachment_inflate: m.error_report_attachment_inflate,
  error_report_not_json: m.error_report_not_json,
  error_report_invalid: m.error_report_invalid,
  error_report_the_data: m.error_report_the_data,
  error_onnx_weight_dtype: m.error_onnx_weight_dtype,
  error_onnx_weights_end: m.error_onnx_weights_end,
  error_onnx_weight_unknown: m.error_onnx_weight_unknown,
  error_onnx_invalid_graph: m.error_onnx_invalid_graph,
  error_onnx_weight_shape: m.error_onnx_weight_shape,
  error_onnx_weight_none: m.error_onnx_weight_none,
  error_onnx_extra_layer: m.error_onnx_extra_layer,
  error_keras_export_invalid: m.error_keras_export_invalid,
  error_grid_trial_no_start: m.error_grid_trial_no_start,
  error_grid_trial_failed: m.error_grid_trial_failed,
  error_grid_see_its_runs: m.error_grid_see_its_runs,
  error_grid_trials_failed: m.error_grid_trials_failed,
  error_grid_see_their_runs: m.error_grid_see_their_runs,
  error_grid_refit_failed: m.error_grid_refit_failed,
  error_pywarn_out_of_steps: m.error_pywarn_out_of_steps,
  error_pywarn_unreadable_line: m.error_pywarn_unreadable_line,
  error_pywarn_while: m.error_pywarn_while,
  error_pywarn_loop_unknown: m.error_pywarn_loop_unknown,
  error_pywarn_condition_unknown: m.error_pywarn_condition_unknown,
  error_pywarn_models_trained: m.error_pywarn_models_trained,
  error_pywarn_models_compiled: m.error_pywarn_models_compiled,
  error_pywarn_models_made: m.error_pywarn_models_made,
  error_pywarn_training_setting: m.error_pywarn_training_setting,
  error_pywarn_not_valid_yet: m.error_pywarn_not_valid_yet,
  error_pywarn_input_inside: m.error_pywarn_input_inside,
  error_pywarn_outputs: m.error_pywarn_outputs,
  error_pywarn_no_loss: m.error_pywarn_no_loss,
  error_pywarn_metric: m.error_pywarn_metric,
  error_pywarn_never_compiled: m.error_pywarn_never_compiled,
  error_pywarn_fit_option: m.error_pywarn_fit_option,
  error_pywarn_never_fit: m.error_pywarn_never_fit,
  error_pywarn_optimizer_name: m.error_pywarn_optimizer_name,
  error_pywarn_optimizer_unread: m.error_pywarn_optimizer_unread,
  error_pywarn_optimizer_class: m.error_pywarn_optimizer_class,
  error_pywarn_learning_rate: m.error_pywarn_learning_rate,
  error_pywarn_optimizer_option: m.error_pywarn_optimizer_option,
  error_pywarn_from_logits: m.error_pywarn_from_logits,
  error_pywarn_loss: m.error_pywarn_loss,
  error_pywarn_one_hot: m.error_pywarn_one_hot,
  error_pywarn_validation_split_subset: m.error_pywarn_validation_split_subset,
  error_pywarn_validation_test_part: m.error_pywarn_validation_test_part,
  error_pywarn_validation_first: m.error_pywarn_validation_first,
  error_pywarn_validation_unknown: m.error_pywarn_validation_unknown,
  error_pywarn_train_subset: m.error_pywarn_train_subset,
  error_pywarn_callback: m.error_pywarn_callback,
  error_pywarn_early_stopping_option: m.error_pywarn_early_stopping_option,
  error_pywarn_datagen_option: m.error_pywarn_datagen_option,
  error_pywarn_zoom: m.error_pywarn_zoom,
  error_pywarn_no_dataset: m.error_pywarn_no_dataset,
  error_pywarn_imdb_words: m.error_pywarn_imdb_words,
  error_pywarn_imdb_width: m.error_pywarn_imdb_width,
  error_pywarn_augment_call: m.error_pywarn_augment_call,
  error_pywarn_nested_call: m.error_pywarn_nested_call,
  error_pywarn_train_test_split: m.error_pywarn_train_test_split,
  error_pywarn_unknown_dataset: m.error_pywarn_unknown_dataset,
  error_pywarn_unknown_layer: m.error_pywarn_unknown_layer,
  error_pywarn_argument_unread: m.error_pywarn_argument_unread,
  error_pywarn_extra_argument: m.error_pywarn_extra_argument,
  error_pywarn_shape_unread: m.error_pywarn_shape_unread,
  error_pywarn_called_on: m.error_pywarn_called_on,
  error_pywarn_called_on_nothing: m.error_pywarn_called_on_nothing,
  error_pywarn_shared_layer: m.error_pywarn_shared_layer,
  error_pywarn_merge: m.error_pywarn_merge,
  error_pywarn_nested_add: m.error_pywarn_nested_add,
  error_pywarn_not_a_layer: m.error_pywarn_not_a_layer,
  error_pywarn_not_a_layer_nothing: m.error_pywarn_not_a_layer_nothing,
  error_pywarn_model_untraced: m.error_pywarn_model_untraced,
  error_pywarn_recursion: m.error_pywarn_recursion,
  error_internal: m.error_internal,
  error_details_in_log: m.error_details_in_log,
  // Warnings of the Keras file readers and of the Keras script export (WarningText).
  error_kwarn_layer: m.error_kwarn_layer,
  error_kwarn_frozen: m.error_kwarn_frozen,
  error_kwarn_dtype: m.error_kwarn_dtype,
  error_kwarn_batch_size: m.error_kwarn_batch_size,
  error_kwarn_padding: m.error_kwarn_padding,
  error_kwarn_activation: m.error_kwarn_activation,
  error_kwarn_regularizer: m.error_kwarn_regularizer,
  error_kwarn_not_modeled: m.error_kwarn_not_modeled,
  error_kwarn_unknown_setting: m.error_kwarn_unknown_setting,
  error_kwarn_batchnorm_axis: m.error_kwarn_batchnorm_axis,
  error_keras_uses_float32_weights: m.error_keras_uses_float32_weights,
  error_keras_uses_dense_tensors: m.error_keras_uses_dense_tensors,
  error_keras_uses_required_input: m.error_keras_uses_required_input,
  error_keras_uses_no_seed: m.error_keras_uses_no_seed,
  error_keras_uses_unsynchronized: m.error_keras_uses_unsynchronized,
  error_kwarn_optimizer: m.error_kwarn_optimizer,
  error_kwarn_lr_schedule: m.error_kwarn_lr_schedule,
  error_kwarn_nesterov: m.error_kwarn_nesterov,
  error_kwarn_loss: m.error_kwarn_loss,
  error_kwarn_from_logits: m.error_kwarn_from_logits,
  error_kwarn_training_config: m.error_kwarn_training_config,
  error_kwarn_mnist: m.error_kwarn_mnist,
  error_kwarn_dataset_unknown: m.error_kwarn_dataset_unknown,
  error_scriptwarn_not_valid: m.error_scriptwarn_not_valid,
  error_scriptwarn_augmentation: m.error_scriptwarn_augmentation,
  error_scriptwarn_no_test_set: m.error_scriptwarn_no_test_set,
  error_scriptwarn_folds: m.error_scriptwarn_folds,
  error_scriptwarn_folds_stratified: m.error_scriptwarn_folds_stratified,
  error_scriptwarn_grid: m.error_scriptwarn_grid,
  error_scriptwarn_grid_folds: m.error_scriptwarn_grid_folds,
  error_scriptwarn_grid_left_out: m.error_scriptwarn_grid_left_out,
  error_scriptwarn_why_augments: m.error_scriptwarn_why_augments,
  error_scriptwarn_why_unexpandable: m.error_scriptwarn_why_unexpandable,
  error_scriptwarn_why_sweeps: m.error_scriptwarn_why_sweeps,
  error_scriptwarn_sweeps_training: m.error_scriptwarn_sweeps_training,
  error_scriptwarn_sweeps_problem: m.error_scriptwarn_sweeps_problem,
  error_scriptwarn_sweeps_fixed: m.error_scriptwarn_sweeps_fixed,
  error_scriptwarn_imdb: m.error_scriptwarn_imdb,
  error_scriptwarn_synthetic: m.error_scriptwarn_synthetic,
  error_scriptwarn_csv_header: m.error_scriptwarn_csv_header,
  error_scriptwarn_image_folder: m.error_scriptwarn_image_folder,
  // Phrases of messages/texts/ an error sentence embeds (contract/dataset-text.ts).
  dstext_mnist: m.dstext_mnist,
  dstext_fashion_mnist: m.dstext_fashion_mnist,
  dstext_imdb: m.dstext_imdb,
  dstext_hint: m.dstext_hint,
  dstext_hint_imdb: m.dstext_hint_imdb,
  dstext_hint_apt: m.dstext_hint_apt,
};

export type ErrorKey = keyof typeof ERROR_MESSAGES;
export const ERROR_KEYS = Object.keys(ERROR_MESSAGES) as ErrorKey[];

/**
 * A parameter's value: a path, a name, a number, a sentence of its own, or a list (a validation
 * issue's, worded by contract/issue-words.ts).
 */
export type ErrorParam = string | number | ErrorText | IssueList;
export type ErrorParams = Record<string, ErrorParam>;

/**
 * A sentence to be worded: which message, with which values. The message is an error's
 * (`ERROR_MESSAGES`) or a validation issue's (`IssueWords`, worded by `wordIssue`), so an error
 * can be an issue or carry one.
 */
export interface ErrorText {
  key: string;
  params: ErrorParams;
}

type Inputs<K extends ErrorKey> = NonNullable<Parameters<(typeof ERROR_MESSAGES)[K]>[0]>;

/** The sentence `key` with `params`, checked against the message's parameters at compile time. */
export function said<K extends ErrorKey>(
  key: K,
  ...params: keyof Inputs<K> extends never ? [] : [{ [P in keyof Inputs<K>]: ErrorParam }]
): ErrorText {
  return { key, params: (params[0] ?? {}) as ErrorParams };
}

/** A validation issue (its key and parameters only) as an error's sentence or a parameter. */
export const saidIssue = (issue: IssueWords): ErrorText => ({
  key: issue.key,
  params: issue.params,
});

const isKey = (key: string): key is ErrorKey => Object.hasOwn(ERROR_MESSAGES, key);

/** What `word` says, or undefined when it meets a key this side does not know. */
function orUndefined(word: () => string | number): string | number | undefined {
  try {
    return word();
  } catch {
    return undefined;
  }
}

/** `text` worded in `locale` (the current one by default); undefined when a key is unknown here. */
export function wordError(text: ErrorText, locale?: MessageLocale): string | undefined {
  if (Object.hasOwn(ISSUE_MESSAGES, text.key))
    return orUndefined(() => wordIssue(text as IssueWords, locale)) as string | undefined;
  if (!isKey(text.key)) return undefined;
  const inputs: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(text.params)) {
    const worded =
      typeof value !== 'object'
        ? value
        : 'list' in value
          ? orUndefined(() => wordIssueParam(value, locale))
          : wordError(value, locale);
    if (worded === undefined) return undefined;
    inputs[name] = worded;
  }
  const message = ERROR_MESSAGES[text.key] as (
    inputs: Record<string, string | number>,
    options?: { locale?: MessageLocale },
  ) => string;
  return message(inputs, locale ? { locale } : {});
}

/** The English sentence: what `message` holds, for `--json`, logs and bug reports. */
export function englishError(text: ErrorText): string {
  return wordError(text, 'en') ?? text.key;
}

/**
 * A warning (of an import or an export): its English `message` for `--json` and logs, and the same
 * sentence as a message key and parameters, worded where it is shown (`errorSentence`).
 */
export interface WarningText {
  message: string;
  key?: string;
  params?: ErrorParams;
}

/** The warning that says `sentence`. */
export const warningOf = (sentence: ErrorText): WarningText => ({
  message: englishError(sentence),
  key: sentence.key,
  params: sentence.params,
});

/** `warnings` without repeats (the same English sentence said twice). */
export const distinctWarnings = <W extends WarningText>(warnings: readonly W[]): W[] => [
  ...new Map(warnings.map((w) => [w.message, w])).values(),
];

/**
 * An error's sentence in the user's language: its key and parameters worded, or its English
 * `message` when it has no key or one this side does not know (an older or newer server).
 */
export function errorSentence(error: {
  message: string;
  key?: string;
  params?: ErrorParams;
}): string {
  if (!error.key) return error.message;
  return wordError({ key: error.key, params: error.params ?? {} }) ?? error.message;
}

/**
 * Parameters that came over a wire, checked: undefined unless every value is a string, number,
 * sentence or list (`{ list, join }`) of these.
 */
export function errorParamsFrom(value: unknown, depth = 0): ErrorParams | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value) || depth > 6)
    return undefined;
  const params: ErrorParams = {};
  for (const [name, v] of Object.entries(value)) {
    const param = paramFrom(v, depth);
    if (param === undefined) return undefined;
    params[name] = param;
  }
  return params;
}

function paramFrom(v: unknown, depth: number): ErrorParam | undefined {
  if (typeof v === 'string' || typeof v === 'number') return v;
  const nested = v as Partial<ErrorText> & Partial<IssueList>;
  if (Array.isArray(nested?.list) && isIssueJoin(nested.join)) {
    const list = nested.list.map((x) => paramFrom(x, depth + 1));
    if (list.includes(undefined)) return undefined;
    return { list: list as IssueList['list'], join: nested.join };
  }
  const inner = errorParamsFrom(nested?.params, depth + 1);
  if (typeof nested?.key !== 'string' || !inner) return undefined;
  return { key: nested.key, params: inner };
}
