namespace CampaignFlow.Storage.Schema;

/// <summary>
/// The tables of Quartz.NET's ADO.NET job store (qrtz_*), in the same database as the rest of the store so that
/// workflow timers survive restarts and several hosts can share them (clustered mode on PostgreSQL). The DDL is what
/// Quartz 4.7.3 itself provisions for each provider (its published tables_*.sql lag behind the 4.3–4.7 columns);
/// Quartz validates the schema when the scheduler starts, so a Quartz upgrade that needs more fails loudly and
/// gets a new schema step.
/// </summary>
public static class QuartzSchema
{
    public const string TablePrefix = "qrtz_";

    public static Task ApplyAsync(CampaignFlowDbContext db, CancellationToken cancellationToken) =>
        ProviderScript.ApplyAsync(db, provider => ProviderScript.For(provider, Sqlite, PostgreSql, "the Quartz job store tables"), cancellationToken);

    private const string Sqlite = """
        CREATE TABLE qrtz_JOB_DETAILS (
          SCHED_NAME NVARCHAR(120) NOT NULL,
          JOB_NAME NVARCHAR(150) NOT NULL,
          JOB_GROUP NVARCHAR(150) NOT NULL,
          DESCRIPTION NVARCHAR(250) NULL,
          JOB_CLASS_NAME NVARCHAR(250) NOT NULL,
          IS_DURABLE BIT NOT NULL,
          IS_NONCONCURRENT BIT NOT NULL,
          IS_UPDATE_DATA BIT NOT NULL,
          REQUESTS_RECOVERY BIT NOT NULL,
          JOB_DATA BLOB NULL,
          PRIMARY KEY (SCHED_NAME,JOB_NAME,JOB_GROUP)
        );
        CREATE TABLE qrtz_TRIGGERS (
          SCHED_NAME NVARCHAR(120) NOT NULL,
          TRIGGER_NAME NVARCHAR(150) NOT NULL,
          TRIGGER_GROUP NVARCHAR(150) NOT NULL,
          JOB_NAME NVARCHAR(150) NOT NULL,
          JOB_GROUP NVARCHAR(150) NOT NULL,
          DESCRIPTION NVARCHAR(250) NULL,
          NEXT_FIRE_TIME BIGINT NULL,
          PREV_FIRE_TIME BIGINT NULL,
          PRIORITY INTEGER NULL,
          TRIGGER_STATE NVARCHAR(16) NOT NULL,
          TRIGGER_TYPE NVARCHAR(8) NOT NULL,
          START_TIME BIGINT NOT NULL,
          END_TIME BIGINT NULL,
          CALENDAR_NAME NVARCHAR(200) NULL,
          MISFIRE_INSTR INTEGER NULL,
          MISFIRE_ORIG_FIRE_TIME INTEGER NULL,
          EXECUTION_GROUP NVARCHAR(200) NULL,
          PREFERRED_NODE NVARCHAR(200) NULL,
          PREFERRED_NODE_AUTO BIT NOT NULL DEFAULT 0,
          RETRY_POLICY NVARCHAR(250) NULL,
          RETRY_ATTEMPT INTEGER NULL,
          CONTINUES_TRIGGER_NAME NVARCHAR(150) NULL,
          CONTINUES_TRIGGER_GROUP NVARCHAR(150) NULL,
          CONTINUATION_CONDITION INTEGER NULL,
          OVERLAP_POLICY INTEGER NULL,
          PAUSE_REASON NVARCHAR(250) NULL,
          PAUSED_BY NVARCHAR(200) NULL,
          PAUSED_AT BIGINT NULL,
          MISFIRE_THRESHOLD BIGINT NULL,
          FIXED_DELAY BIT NULL,
          JOB_DATA BLOB NULL,
          PRIMARY KEY (SCHED_NAME,TRIGGER_NAME,TRIGGER_GROUP),
          FOREIGN KEY (SCHED_NAME,JOB_NAME,JOB_GROUP) REFERENCES qrtz_JOB_DETAILS (SCHED_NAME,JOB_NAME,JOB_GROUP)
        );
        CREATE TABLE qrtz_SIMPLE_TRIGGERS (
          SCHED_NAME NVARCHAR(120) NOT NULL,
          TRIGGER_NAME NVARCHAR(150) NOT NULL,
          TRIGGER_GROUP NVARCHAR(150) NOT NULL,
          REPEAT_COUNT BIGINT NOT NULL,
          REPEAT_INTERVAL BIGINT NOT NULL,
          TIMES_TRIGGERED BIGINT NOT NULL,
          PRIMARY KEY (SCHED_NAME,TRIGGER_NAME,TRIGGER_GROUP),
          FOREIGN KEY (SCHED_NAME,TRIGGER_NAME,TRIGGER_GROUP) REFERENCES qrtz_TRIGGERS (SCHED_NAME,TRIGGER_NAME,TRIGGER_GROUP) ON DELETE CASCADE
        );
        CREATE TABLE qrtz_CRON_TRIGGERS (
          SCHED_NAME NVARCHAR(120) NOT NULL,
          TRIGGER_NAME NVARCHAR(150) NOT NULL,
          TRIGGER_GROUP NVARCHAR(150) NOT NULL,
          CRON_EXPRESSION NVARCHAR(250) NOT NULL,
          TIME_ZONE_ID NVARCHAR(80),
          PRIMARY KEY (SCHED_NAME,TRIGGER_NAME,TRIGGER_GROUP),
          FOREIGN KEY (SCHED_NAME,TRIGGER_NAME,TRIGGER_GROUP) REFERENCES qrtz_TRIGGERS (SCHED_NAME,TRIGGER_NAME,TRIGGER_GROUP) ON DELETE CASCADE
        );
        CREATE TABLE qrtz_SIMPROP_TRIGGERS (
          SCHED_NAME NVARCHAR(120) NOT NULL,
          TRIGGER_NAME NVARCHAR(150) NOT NULL,
          TRIGGER_GROUP NVARCHAR(150) NOT NULL,
          STR_PROP_1 NVARCHAR(512) NULL,
          STR_PROP_2 NVARCHAR(512) NULL,
          STR_PROP_3 NVARCHAR(512) NULL,
          INT_PROP_1 INT NULL,
          INT_PROP_2 INT NULL,
          LONG_PROP_1 BIGINT NULL,
          LONG_PROP_2 BIGINT NULL,
          DEC_PROP_1 NUMERIC NULL,
          DEC_PROP_2 NUMERIC NULL,
          BOOL_PROP_1 BIT NULL,
          BOOL_PROP_2 BIT NULL,
          TIME_ZONE_ID NVARCHAR(80) NULL,
          PRIMARY KEY (SCHED_NAME,TRIGGER_NAME,TRIGGER_GROUP),
          FOREIGN KEY (SCHED_NAME,TRIGGER_NAME,TRIGGER_GROUP) REFERENCES qrtz_TRIGGERS (SCHED_NAME,TRIGGER_NAME,TRIGGER_GROUP) ON DELETE CASCADE
        );
        CREATE TABLE qrtz_BLOB_TRIGGERS (
          SCHED_NAME NVARCHAR(120) NOT NULL,
          TRIGGER_NAME NVARCHAR(150) NOT NULL,
          TRIGGER_GROUP NVARCHAR(150) NOT NULL,
          BLOB_DATA BLOB NULL,
          PRIMARY KEY (SCHED_NAME,TRIGGER_NAME,TRIGGER_GROUP),
          FOREIGN KEY (SCHED_NAME,TRIGGER_NAME,TRIGGER_GROUP) REFERENCES qrtz_TRIGGERS (SCHED_NAME,TRIGGER_NAME,TRIGGER_GROUP) ON DELETE CASCADE
        );
        CREATE TABLE qrtz_CALENDARS (
          SCHED_NAME NVARCHAR(120) NOT NULL,
          CALENDAR_NAME NVARCHAR(200) NOT NULL,
          CALENDAR BLOB NOT NULL,
          PRIMARY KEY (SCHED_NAME,CALENDAR_NAME)
        );
        CREATE TABLE qrtz_PAUSED_TRIGGER_GRPS (
          SCHED_NAME NVARCHAR(120) NOT NULL,
          TRIGGER_GROUP NVARCHAR(150) NOT NULL,
          PAUSE_REASON NVARCHAR(250) NULL,
          PAUSED_BY NVARCHAR(200) NULL,
          PAUSED_AT BIGINT NULL,
          PRIMARY KEY (SCHED_NAME,TRIGGER_GROUP)
        );
        CREATE TABLE qrtz_PAUSED_JOB_GRPS (
          SCHED_NAME NVARCHAR(120) NOT NULL,
          JOB_GROUP NVARCHAR(150) NOT NULL,
          PAUSE_REASON NVARCHAR(250) NULL,
          PAUSED_BY NVARCHAR(200) NULL,
          PAUSED_AT BIGINT NULL,
          PRIMARY KEY (SCHED_NAME,JOB_GROUP)
        );
        CREATE TABLE qrtz_FIRED_TRIGGERS (
          SCHED_NAME NVARCHAR(120) NOT NULL,
          ENTRY_ID NVARCHAR(140) NOT NULL,
          TRIGGER_NAME NVARCHAR(150) NOT NULL,
          TRIGGER_GROUP NVARCHAR(150) NOT NULL,
          INSTANCE_NAME NVARCHAR(200) NOT NULL,
          FIRED_TIME BIGINT NOT NULL,
          SCHED_TIME BIGINT NOT NULL,
          PRIORITY INTEGER NOT NULL,
          STATE NVARCHAR(16) NOT NULL,
          JOB_NAME NVARCHAR(150) NULL,
          JOB_GROUP NVARCHAR(150) NULL,
          IS_NONCONCURRENT BIT NULL,
          REQUESTS_RECOVERY BIT NULL,
          EXECUTION_GROUP NVARCHAR(200) NULL,
          PROGRESS INTEGER NULL,
          PROGRESS_MESSAGE NVARCHAR(250) NULL,
          INTERRUPT_REQUESTED_TIME BIGINT NULL,
          PRIMARY KEY (SCHED_NAME,ENTRY_ID)
        );
        CREATE TABLE qrtz_SCHEDULER_STATE (
          SCHED_NAME NVARCHAR(120) NOT NULL,
          INSTANCE_NAME NVARCHAR(200) NOT NULL,
          LAST_CHECKIN_TIME BIGINT NOT NULL,
          CHECKIN_INTERVAL BIGINT NOT NULL,
          QUARTZ_VERSION NVARCHAR(20) NULL,
          PRIMARY KEY (SCHED_NAME,INSTANCE_NAME)
        );
        CREATE TABLE qrtz_LOCKS (
          SCHED_NAME NVARCHAR(120) NOT NULL,
          LOCK_NAME NVARCHAR(40) NOT NULL,
          PRIMARY KEY (SCHED_NAME,LOCK_NAME)
        );
        CREATE TABLE qrtz_EXECUTION_HISTORY (
          SCHED_NAME NVARCHAR(120) NOT NULL,
          ENTRY_ID NVARCHAR(140) NOT NULL,
          INSTANCE_NAME NVARCHAR(200) NOT NULL,
          JOB_NAME NVARCHAR(150) NOT NULL,
          JOB_GROUP NVARCHAR(150) NOT NULL,
          TRIGGER_NAME NVARCHAR(150) NOT NULL,
          TRIGGER_GROUP NVARCHAR(150) NOT NULL,
          FIRED_TIME BIGINT NOT NULL,
          RUN_TIME BIGINT NOT NULL,
          SUCCEEDED BIT NOT NULL,
          ERROR_MESSAGE NVARCHAR(1000) NULL,
          RETRY_ATTEMPT INTEGER NOT NULL DEFAULT 0,
          RETRY_SCHEDULED BIT NOT NULL DEFAULT 0,
          EXECUTION_LOG TEXT NULL,
          RESULT INTEGER NULL,
          SUMMARY NVARCHAR(1000) NULL,
          METRICS TEXT NULL,
          MANUAL BIT NULL,
          FIRE_INSTANCE_ID NVARCHAR(140) NULL,
          JOB_INPUT TEXT NULL,
          JOB_INPUT_TOO_LARGE BIT NULL,
          PRIMARY KEY (SCHED_NAME,ENTRY_ID)
        );
        CREATE TABLE qrtz_MISFIRE_HISTORY (
          SCHED_NAME NVARCHAR(120) NOT NULL,
          ENTRY_ID NVARCHAR(140) NOT NULL,
          INSTANCE_NAME NVARCHAR(200) NOT NULL,
          TRIGGER_NAME NVARCHAR(150) NOT NULL,
          TRIGGER_GROUP NVARCHAR(150) NOT NULL,
          JOB_NAME NVARCHAR(150) NULL,
          JOB_GROUP NVARCHAR(150) NULL,
          MISFIRE_TIME BIGINT NOT NULL,
          SCHED_TIME BIGINT NULL,
          REASON INTEGER NULL,
          PRIMARY KEY (SCHED_NAME,ENTRY_ID)
        );
        CREATE TABLE qrtz_JOB_STATUS (
          SCHED_NAME NVARCHAR(120) NOT NULL,
          JOB_GROUP NVARCHAR(150) NOT NULL,
          JOB_NAME NVARCHAR(150) NOT NULL,
          FIRST_FIRED_TIME BIGINT NOT NULL,
          LAST_FIRED_TIME BIGINT NOT NULL,
          LAST_RESULT INTEGER NOT NULL,
          LAST_RUN_TIME BIGINT NOT NULL,
          LAST_INSTANCE_NAME NVARCHAR(200) NOT NULL,
          LAST_ENTRY_ID NVARCHAR(140) NULL,
          LAST_SUMMARY NVARCHAR(1000) NULL,
          LAST_SUCCESS_TIME BIGINT NULL,
          LAST_FAILURE_TIME BIGINT NULL,
          LAST_FAILURE_MESSAGE NVARCHAR(1000) NULL,
          CONSECUTIVE_FAILURES INTEGER NOT NULL DEFAULT 0,
          RUN_COUNT BIGINT NOT NULL DEFAULT 0,
          FAILURE_COUNT BIGINT NOT NULL DEFAULT 0,
          PRIMARY KEY (SCHED_NAME,JOB_GROUP,JOB_NAME)
        );
        CREATE TRIGGER qrtz_DELETE_SIMPLE_TRIGGER DELETE ON qrtz_TRIGGERS
        BEGIN
          DELETE FROM qrtz_SIMPLE_TRIGGERS WHERE SCHED_NAME=OLD.SCHED_NAME AND TRIGGER_NAME=OLD.TRIGGER_NAME AND TRIGGER_GROUP=OLD.TRIGGER_GROUP;
        END;
        CREATE TRIGGER qrtz_DELETE_SIMPROP_TRIGGER DELETE ON qrtz_TRIGGERS
        BEGIN
          DELETE FROM qrtz_SIMPROP_TRIGGERS WHERE SCHED_NAME=OLD.SCHED_NAME AND TRIGGER_NAME=OLD.TRIGGER_NAME AND TRIGGER_GROUP=OLD.TRIGGER_GROUP;
        END;
        CREATE TRIGGER qrtz_DELETE_CRON_TRIGGER DELETE ON qrtz_TRIGGERS
        BEGIN
          DELETE FROM qrtz_CRON_TRIGGERS WHERE SCHED_NAME=OLD.SCHED_NAME AND TRIGGER_NAME=OLD.TRIGGER_NAME AND TRIGGER_GROUP=OLD.TRIGGER_GROUP;
        END;
        CREATE TRIGGER qrtz_DELETE_BLOB_TRIGGER DELETE ON qrtz_TRIGGERS
        BEGIN
          DELETE FROM qrtz_BLOB_TRIGGERS WHERE SCHED_NAME=OLD.SCHED_NAME AND TRIGGER_NAME=OLD.TRIGGER_NAME AND TRIGGER_GROUP=OLD.TRIGGER_GROUP;
        END;
        CREATE INDEX IDX_qrtz_J_G_N ON qrtz_JOB_DETAILS(SCHED_NAME,JOB_GROUP,JOB_NAME);
        CREATE INDEX IDX_qrtz_T_J ON qrtz_TRIGGERS(SCHED_NAME,JOB_NAME,JOB_GROUP);
        CREATE INDEX IDX_qrtz_T_G_N ON qrtz_TRIGGERS(SCHED_NAME,TRIGGER_GROUP,TRIGGER_NAME);
        CREATE INDEX IDX_qrtz_T_C ON qrtz_TRIGGERS(SCHED_NAME,CALENDAR_NAME);
        CREATE INDEX IDX_qrtz_T_NFT_ST ON qrtz_TRIGGERS(SCHED_NAME,TRIGGER_STATE,NEXT_FIRE_TIME ASC,PRIORITY DESC,MISFIRE_INSTR);
        CREATE INDEX IDX_qrtz_FT_INST_JOB_REQ_RCVRY ON qrtz_FIRED_TRIGGERS(SCHED_NAME,INSTANCE_NAME,REQUESTS_RECOVERY);
        CREATE INDEX IDX_qrtz_FT_J_G ON qrtz_FIRED_TRIGGERS(SCHED_NAME,JOB_NAME,JOB_GROUP);
        CREATE INDEX IDX_qrtz_FT_T_G ON qrtz_FIRED_TRIGGERS(SCHED_NAME,TRIGGER_NAME,TRIGGER_GROUP);
        CREATE INDEX IDX_qrtz_EH_FIRED_TIME ON qrtz_EXECUTION_HISTORY(SCHED_NAME,FIRED_TIME);
        CREATE INDEX IDX_qrtz_EH_INST ON qrtz_EXECUTION_HISTORY(SCHED_NAME,INSTANCE_NAME);
        CREATE INDEX IDX_qrtz_MH_MISFIRE_TIME ON qrtz_MISFIRE_HISTORY(SCHED_NAME,MISFIRE_TIME);
        CREATE INDEX IDX_qrtz_MH_INST ON qrtz_MISFIRE_HISTORY(SCHED_NAME,INSTANCE_NAME);
        CREATE INDEX IDX_qrtz_EH_JOB_TIME ON qrtz_EXECUTION_HISTORY(SCHED_NAME,JOB_GROUP,JOB_NAME,FIRED_TIME);
        CREATE INDEX IDX_qrtz_EH_FIRE_INST ON qrtz_EXECUTION_HISTORY(SCHED_NAME,FIRE_INSTANCE_ID);
        CREATE INDEX IDX_qrtz_EH_TRIG_TIME ON qrtz_EXECUTION_HISTORY(SCHED_NAME,TRIGGER_GROUP,TRIGGER_NAME,FIRED_TIME);
        """;

    private const string PostgreSql = """
        CREATE TABLE qrtz_blob_triggers (
            sched_name text NOT NULL,
            trigger_name text NOT NULL,
            trigger_group text NOT NULL,
            blob_data bytea
        );
        CREATE TABLE qrtz_calendars (
            sched_name text NOT NULL,
            calendar_name text NOT NULL,
            calendar bytea NOT NULL
        );
        CREATE TABLE qrtz_cron_triggers (
            sched_name text NOT NULL,
            trigger_name text NOT NULL,
            trigger_group text NOT NULL,
            cron_expression text NOT NULL,
            time_zone_id text
        );
        CREATE TABLE qrtz_execution_history (
            sched_name text NOT NULL,
            entry_id text NOT NULL,
            instance_name text NOT NULL,
            job_name text NOT NULL,
            job_group text NOT NULL,
            trigger_name text NOT NULL,
            trigger_group text NOT NULL,
            fired_time bigint NOT NULL,
            run_time bigint NOT NULL,
            succeeded boolean NOT NULL,
            error_message text,
            retry_attempt integer DEFAULT 0 NOT NULL,
            retry_scheduled boolean DEFAULT false NOT NULL,
            execution_log text,
            result integer,
            summary text,
            metrics text,
            manual boolean,
            fire_instance_id text,
            job_input text,
            job_input_too_large boolean
        );
        CREATE TABLE qrtz_fired_triggers (
            sched_name text NOT NULL,
            entry_id text NOT NULL,
            trigger_name text NOT NULL,
            trigger_group text NOT NULL,
            instance_name text NOT NULL,
            fired_time bigint NOT NULL,
            sched_time bigint NOT NULL,
            priority integer NOT NULL,
            state text NOT NULL,
            job_name text,
            job_group text,
            is_nonconcurrent boolean NOT NULL,
            requests_recovery boolean,
            execution_group character varying(200),
            progress integer,
            progress_message character varying(250),
            interrupt_requested_time bigint
        );
        CREATE TABLE qrtz_job_details (
            sched_name text NOT NULL,
            job_name text NOT NULL,
            job_group text NOT NULL,
            description text,
            job_class_name text NOT NULL,
            is_durable boolean NOT NULL,
            is_nonconcurrent boolean NOT NULL,
            is_update_data boolean NOT NULL,
            requests_recovery boolean NOT NULL,
            job_data bytea
        );
        CREATE TABLE qrtz_job_status (
            sched_name text NOT NULL,
            job_group text NOT NULL,
            job_name text NOT NULL,
            first_fired_time bigint NOT NULL,
            last_fired_time bigint NOT NULL,
            last_result integer NOT NULL,
            last_run_time bigint NOT NULL,
            last_instance_name text NOT NULL,
            last_entry_id text,
            last_summary text,
            last_success_time bigint,
            last_failure_time bigint,
            last_failure_message text,
            consecutive_failures integer DEFAULT 0 NOT NULL,
            run_count bigint DEFAULT 0 NOT NULL,
            failure_count bigint DEFAULT 0 NOT NULL
        );
        CREATE TABLE qrtz_locks (
            sched_name text NOT NULL,
            lock_name text NOT NULL
        );
        CREATE TABLE qrtz_misfire_history (
            sched_name text NOT NULL,
            entry_id text NOT NULL,
            instance_name text NOT NULL,
            trigger_name text NOT NULL,
            trigger_group text NOT NULL,
            job_name text,
            job_group text,
            misfire_time bigint NOT NULL,
            sched_time bigint,
            reason integer
        );
        CREATE TABLE qrtz_paused_job_grps (
            sched_name text NOT NULL,
            job_group text NOT NULL,
            pause_reason character varying(250),
            paused_by character varying(200),
            paused_at bigint
        );
        CREATE TABLE qrtz_paused_trigger_grps (
            sched_name text NOT NULL,
            trigger_group text NOT NULL,
            pause_reason character varying(250),
            paused_by character varying(200),
            paused_at bigint
        );
        CREATE TABLE qrtz_scheduler_state (
            sched_name text NOT NULL,
            instance_name text NOT NULL,
            last_checkin_time bigint NOT NULL,
            checkin_interval bigint NOT NULL,
            quartz_version character varying(20)
        );
        CREATE TABLE qrtz_simple_triggers (
            sched_name text NOT NULL,
            trigger_name text NOT NULL,
            trigger_group text NOT NULL,
            repeat_count bigint NOT NULL,
            repeat_interval bigint NOT NULL,
            times_triggered bigint NOT NULL
        );
        CREATE TABLE qrtz_simprop_triggers (
            sched_name text NOT NULL,
            trigger_name text NOT NULL,
            trigger_group text NOT NULL,
            str_prop_1 text,
            str_prop_2 text,
            str_prop_3 text,
            int_prop_1 integer,
            int_prop_2 integer,
            long_prop_1 bigint,
            long_prop_2 bigint,
            dec_prop_1 numeric,
            dec_prop_2 numeric,
            bool_prop_1 boolean,
            bool_prop_2 boolean,
            time_zone_id text
        );
        CREATE TABLE qrtz_triggers (
            sched_name text NOT NULL,
            trigger_name text NOT NULL,
            trigger_group text NOT NULL,
            job_name text NOT NULL,
            job_group text NOT NULL,
            description text,
            next_fire_time bigint,
            prev_fire_time bigint,
            priority integer,
            trigger_state text NOT NULL,
            trigger_type text NOT NULL,
            start_time bigint NOT NULL,
            end_time bigint,
            calendar_name text,
            misfire_instr smallint,
            misfire_orig_fire_time bigint,
            execution_group character varying(200),
            preferred_node character varying(200),
            preferred_node_auto boolean DEFAULT false NOT NULL,
            retry_policy character varying(250),
            retry_attempt integer,
            continues_trigger_name text,
            continues_trigger_group text,
            continuation_condition integer,
            overlap_policy integer,
            pause_reason character varying(250),
            paused_by character varying(200),
            paused_at bigint,
            misfire_threshold bigint,
            fixed_delay boolean,
            job_data bytea
        );
        ALTER TABLE ONLY qrtz_blob_triggers
            ADD CONSTRAINT qrtz_blob_triggers_pkey PRIMARY KEY (sched_name, trigger_name, trigger_group);
        ALTER TABLE ONLY qrtz_calendars
            ADD CONSTRAINT qrtz_calendars_pkey PRIMARY KEY (sched_name, calendar_name);
        ALTER TABLE ONLY qrtz_cron_triggers
            ADD CONSTRAINT qrtz_cron_triggers_pkey PRIMARY KEY (sched_name, trigger_name, trigger_group);
        ALTER TABLE ONLY qrtz_execution_history
            ADD CONSTRAINT qrtz_execution_history_pkey PRIMARY KEY (sched_name, entry_id);
        ALTER TABLE ONLY qrtz_fired_triggers
            ADD CONSTRAINT qrtz_fired_triggers_pkey PRIMARY KEY (sched_name, entry_id);
        ALTER TABLE ONLY qrtz_job_details
            ADD CONSTRAINT qrtz_job_details_pkey PRIMARY KEY (sched_name, job_name, job_group);
        ALTER TABLE ONLY qrtz_job_status
            ADD CONSTRAINT qrtz_job_status_pkey PRIMARY KEY (sched_name, job_group, job_name);
        ALTER TABLE ONLY qrtz_locks
            ADD CONSTRAINT qrtz_locks_pkey PRIMARY KEY (sched_name, lock_name);
        ALTER TABLE ONLY qrtz_misfire_history
            ADD CONSTRAINT qrtz_misfire_history_pkey PRIMARY KEY (sched_name, entry_id);
        ALTER TABLE ONLY qrtz_paused_job_grps
            ADD CONSTRAINT qrtz_paused_job_grps_pkey PRIMARY KEY (sched_name, job_group);
        ALTER TABLE ONLY qrtz_paused_trigger_grps
            ADD CONSTRAINT qrtz_paused_trigger_grps_pkey PRIMARY KEY (sched_name, trigger_group);
        ALTER TABLE ONLY qrtz_scheduler_state
            ADD CONSTRAINT qrtz_scheduler_state_pkey PRIMARY KEY (sched_name, instance_name);
        ALTER TABLE ONLY qrtz_simple_triggers
            ADD CONSTRAINT qrtz_simple_triggers_pkey PRIMARY KEY (sched_name, trigger_name, trigger_group);
        ALTER TABLE ONLY qrtz_simprop_triggers
            ADD CONSTRAINT qrtz_simprop_triggers_pkey PRIMARY KEY (sched_name, trigger_name, trigger_group);
        ALTER TABLE ONLY qrtz_triggers
            ADD CONSTRAINT qrtz_triggers_pkey PRIMARY KEY (sched_name, trigger_name, trigger_group);
        CREATE INDEX idx_qrtz_eh_fire_inst ON qrtz_execution_history USING btree (sched_name, fire_instance_id);
        CREATE INDEX idx_qrtz_eh_fired_time ON qrtz_execution_history USING btree (sched_name, fired_time);
        CREATE INDEX idx_qrtz_eh_inst ON qrtz_execution_history USING btree (sched_name, instance_name);
        CREATE INDEX idx_qrtz_eh_job_time ON qrtz_execution_history USING btree (sched_name, job_group, job_name, fired_time);
        CREATE INDEX idx_qrtz_eh_trig_time ON qrtz_execution_history USING btree (sched_name, trigger_group, trigger_name, fired_time);
        CREATE INDEX idx_qrtz_ft_inst_job_req_rcvry ON qrtz_fired_triggers USING btree (sched_name, instance_name, requests_recovery);
        CREATE INDEX idx_qrtz_ft_j_g ON qrtz_fired_triggers USING btree (sched_name, job_name, job_group);
        CREATE INDEX idx_qrtz_ft_t_g ON qrtz_fired_triggers USING btree (sched_name, trigger_name, trigger_group);
        CREATE INDEX idx_qrtz_j_g_n ON qrtz_job_details USING btree (sched_name, job_group, job_name);
        CREATE INDEX idx_qrtz_mh_inst ON qrtz_misfire_history USING btree (sched_name, instance_name);
        CREATE INDEX idx_qrtz_mh_misfire_time ON qrtz_misfire_history USING btree (sched_name, misfire_time);
        CREATE INDEX idx_qrtz_t_c ON qrtz_triggers USING btree (sched_name, calendar_name);
        CREATE INDEX idx_qrtz_t_g_n ON qrtz_triggers USING btree (sched_name, trigger_group, trigger_name);
        CREATE INDEX idx_qrtz_t_j ON qrtz_triggers USING btree (sched_name, job_name, job_group);
        CREATE INDEX idx_qrtz_t_nft_st ON qrtz_triggers USING btree (sched_name, trigger_state, next_fire_time, priority DESC, misfire_instr);
        ALTER TABLE ONLY qrtz_blob_triggers
            ADD CONSTRAINT qrtz_blob_triggers_sched_name_trigger_name_trigger_group_fkey FOREIGN KEY (sched_name, trigger_name, trigger_group) REFERENCES qrtz_triggers(sched_name, trigger_name, trigger_group) ON DELETE CASCADE;
        ALTER TABLE ONLY qrtz_cron_triggers
            ADD CONSTRAINT qrtz_cron_triggers_sched_name_trigger_name_trigger_group_fkey FOREIGN KEY (sched_name, trigger_name, trigger_group) REFERENCES qrtz_triggers(sched_name, trigger_name, trigger_group) ON DELETE CASCADE;
        ALTER TABLE ONLY qrtz_simple_triggers
            ADD CONSTRAINT qrtz_simple_triggers_sched_name_trigger_name_trigger_group_fkey FOREIGN KEY (sched_name, trigger_name, trigger_group) REFERENCES qrtz_triggers(sched_name, trigger_name, trigger_group) ON DELETE CASCADE;
        ALTER TABLE ONLY qrtz_simprop_triggers
            ADD CONSTRAINT qrtz_simprop_triggers_sched_name_trigger_name_trigger_grou_fkey FOREIGN KEY (sched_name, trigger_name, trigger_group) REFERENCES qrtz_triggers(sched_name, trigger_name, trigger_group) ON DELETE CASCADE;
        ALTER TABLE ONLY qrtz_triggers
            ADD CONSTRAINT qrtz_triggers_sched_name_job_name_job_group_fkey FOREIGN KEY (sched_name, job_name, job_group) REFERENCES qrtz_job_details(sched_name, job_name, job_group);
        """;
}
