-- The SLA report (sla/SlaHistory) counts a SOP step's tasks created in a period and sorts their
-- durations. Camunda indexes ACT_HI_TASKINST by process definition key and by start time apart;
-- with the key's index alone the database reads the SOP's whole history for every period. This
-- one reads only the step's tasks of the period. On Camunda's table (created by the engine before
-- the office's migrations run, see MigrationsAfterEngine), with the engine's table prefix.
-- Portable SQL for H2 and PostgreSQL.
CREATE INDEX ix_hi_taskinst_step_start ON ${camundaTablePrefix}ACT_HI_TASKINST (PROC_DEF_KEY_, TASK_DEF_KEY_, START_TIME_);
