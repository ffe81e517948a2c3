-- Mobility: the complete SQL Server schema, generated from every module's migrations.
-- Regenerate with MOBILITY_APPROVE=1 on the database tests (docs/operations.md).

-- Module: enrolment
IF OBJECT_ID(N'[enrolment].[__migrations_history]') IS NULL
BEGIN
    IF SCHEMA_ID(N'enrolment') IS NULL EXEC(N'CREATE SCHEMA [enrolment];');
    CREATE TABLE [enrolment].[__migrations_history] (
        [MigrationId] nvarchar(150) NOT NULL,
        [ProductVersion] nvarchar(32) NOT NULL,
        CONSTRAINT [PK___migrations_history] PRIMARY KEY ([MigrationId])
    );
END;
GO

BEGIN TRANSACTION;
IF SCHEMA_ID(N'enrolment') IS NULL EXEC(N'CREATE SCHEMA [enrolment];');

CREATE TABLE [enrolment].[outbox_messages] (
    [id] uniqueidentifier NOT NULL,
    [type] nvarchar(400) NOT NULL,
    [payload] nvarchar(max) NOT NULL,
    [occurred_at] datetime2 NOT NULL,
    [processed_at] datetime2 NULL,
    [attempts] int NOT NULL,
    [last_error] nvarchar(2000) NULL,
    CONSTRAINT [pk_outbox_messages] PRIMARY KEY ([id])
);

CREATE INDEX [ix_outbox_messages_processed_at_occurred_at] ON [enrolment].[outbox_messages] ([processed_at], [occurred_at]);

CREATE TABLE [enrolment].[inbox_messages] (
    [event_id] uniqueidentifier NOT NULL,
    [handler] nvarchar(300) NOT NULL,
    [processed_at] datetime2 NOT NULL,
    CONSTRAINT [pk_inbox_messages] PRIMARY KEY ([event_id], [handler])
);

CREATE TABLE [enrolment].[organisations] (
    [id] uniqueidentifier NOT NULL,
    [name] nvarchar(300) NOT NULL,
    [kind] nvarchar(40) NOT NULL,
    [country] nvarchar(2) NOT NULL,
    [city] nvarchar(200) NOT NULL,
    [oid] nvarchar(9) NULL,
    [erasmus_code] nvarchar(30) NULL,
    [sectors] nvarchar(max) NOT NULL,
    CONSTRAINT [pk_organisations] PRIMARY KEY ([id])
);

CREATE UNIQUE INDEX [ix_organisations_oid] ON [enrolment].[organisations] ([oid]) WHERE [oid] IS NOT NULL;

CREATE TABLE [enrolment].[consortia] (
    [id] uniqueidentifier NOT NULL,
    [name] nvarchar(300) NOT NULL,
    [project_reference] nvarchar(24) NOT NULL,
    [accreditation_number] nvarchar(30) NULL,
    [starts_on] date NOT NULL,
    [ends_on] date NOT NULL,
    [coordinator_id] uniqueidentifier NOT NULL,
    CONSTRAINT [pk_consortia] PRIMARY KEY ([id]),
    CONSTRAINT [fk_consortia_organisations_coordinator_id] FOREIGN KEY ([coordinator_id]) REFERENCES [enrolment].[organisations] ([id]) ON DELETE NO ACTION
);

CREATE INDEX [ix_consortia_coordinator_id] ON [enrolment].[consortia] ([coordinator_id]);

CREATE UNIQUE INDEX [ix_consortia_project_reference] ON [enrolment].[consortia] ([project_reference]) WHERE [project_reference] IS NOT NULL;

CREATE TABLE [enrolment].[consortium_members] (
    [consortium_id] uniqueidentifier NOT NULL,
    [organisation_id] uniqueidentifier NOT NULL,
    [joined_on] date NOT NULL,
    CONSTRAINT [pk_consortium_members] PRIMARY KEY ([consortium_id], [organisation_id]),
    CONSTRAINT [fk_consortium_members_consortia_consortium_id] FOREIGN KEY ([consortium_id]) REFERENCES [enrolment].[consortia] ([id]) ON DELETE CASCADE,
    CONSTRAINT [fk_consortium_members_organisations_organisation_id] FOREIGN KEY ([organisation_id]) REFERENCES [enrolment].[organisations] ([id]) ON DELETE NO ACTION
);

CREATE INDEX [ix_consortium_members_organisation_id] ON [enrolment].[consortium_members] ([organisation_id]);

CREATE TABLE [enrolment].[tutoring_teams] (
    [id] uniqueidentifier NOT NULL,
    [consortium_id] uniqueidentifier NOT NULL,
    [tutor_school_id] uniqueidentifier NOT NULL,
    [starts_on] date NOT NULL,
    [ends_on] date NOT NULL,
    CONSTRAINT [pk_tutoring_teams] PRIMARY KEY ([id]),
    CONSTRAINT [fk_tutoring_teams_consortia_consortium_id] FOREIGN KEY ([consortium_id]) REFERENCES [enrolment].[consortia] ([id]) ON DELETE NO ACTION,
    CONSTRAINT [fk_tutoring_teams_organisations_tutor_school_id] FOREIGN KEY ([tutor_school_id]) REFERENCES [enrolment].[organisations] ([id]) ON DELETE NO ACTION
);

CREATE INDEX [ix_tutoring_teams_consortium_id] ON [enrolment].[tutoring_teams] ([consortium_id]);

CREATE INDEX [ix_tutoring_teams_tutor_school_id] ON [enrolment].[tutoring_teams] ([tutor_school_id]);

CREATE TABLE [enrolment].[tutoring_newcomers] (
    [tutoring_team_id] uniqueidentifier NOT NULL,
    [school_id] uniqueidentifier NOT NULL,
    CONSTRAINT [pk_tutoring_newcomers] PRIMARY KEY ([tutoring_team_id], [school_id]),
    CONSTRAINT [fk_tutoring_newcomers_organisations_school_id] FOREIGN KEY ([school_id]) REFERENCES [enrolment].[organisations] ([id]) ON DELETE NO ACTION,
    CONSTRAINT [fk_tutoring_newcomers_tutoring_teams_tutoring_team_id] FOREIGN KEY ([tutoring_team_id]) REFERENCES [enrolment].[tutoring_teams] ([id]) ON DELETE CASCADE
);

CREATE INDEX [ix_tutoring_newcomers_school_id] ON [enrolment].[tutoring_newcomers] ([school_id]);

CREATE TABLE [enrolment].[shared_practices] (
    [id] uniqueidentifier NOT NULL,
    [tutoring_team_id] uniqueidentifier NOT NULL,
    [noted_on] date NOT NULL,
    [note] nvarchar(1000) NOT NULL,
    CONSTRAINT [pk_shared_practices] PRIMARY KEY ([id]),
    CONSTRAINT [fk_shared_practices_tutoring_teams_tutoring_team_id] FOREIGN KEY ([tutoring_team_id]) REFERENCES [enrolment].[tutoring_teams] ([id]) ON DELETE CASCADE
);

CREATE INDEX [ix_shared_practices_tutoring_team_id] ON [enrolment].[shared_practices] ([tutoring_team_id]);

CREATE TABLE [enrolment].[qualifications] (
    [id] uniqueidentifier NOT NULL,
    [national_name] nvarchar(300) NOT NULL,
    [national_level] nvarchar(40) NOT NULL,
    [country] nvarchar(2) NOT NULL,
    [eqf_level] int NOT NULL,
    [isced_field] nvarchar(4) NOT NULL,
    CONSTRAINT [pk_qualifications] PRIMARY KEY ([id])
);

CREATE UNIQUE INDEX [ix_qualifications_country_national_name] ON [enrolment].[qualifications] ([country], [national_name]) WHERE [country] IS NOT NULL AND [national_name] IS NOT NULL;

CREATE TABLE [enrolment].[qualification_units] (
    [id] uniqueidentifier NOT NULL,
    [qualification_id] uniqueidentifier NOT NULL,
    [code] nvarchar(20) NOT NULL,
    [title] nvarchar(300) NOT NULL,
    [is_optional] bit NOT NULL,
    CONSTRAINT [pk_qualification_units] PRIMARY KEY ([id]),
    CONSTRAINT [fk_qualification_units_qualifications_qualification_id] FOREIGN KEY ([qualification_id]) REFERENCES [enrolment].[qualifications] ([id]) ON DELETE CASCADE
);

CREATE UNIQUE INDEX [ix_qualification_units_qualification_id_code] ON [enrolment].[qualification_units] ([qualification_id], [code]) WHERE [qualification_id] IS NOT NULL AND [code] IS NOT NULL;

CREATE TABLE [enrolment].[learners] (
    [id] uniqueidentifier NOT NULL,
    [first_name] nvarchar(100) NOT NULL,
    [last_name] nvarchar(100) NOT NULL,
    [email] nvarchar(254) NULL,
    [birth_date] date NOT NULL,
    [gender] nvarchar(20) NOT NULL,
    [nationality] nvarchar(2) NOT NULL,
    [school_id] uniqueidentifier NOT NULL,
    [qualification_id] uniqueidentifier NOT NULL,
    [programme_year] int NOT NULL,
    [guardian_consent_by] nvarchar(200) NULL,
    [guardian_consent_at] datetime2 NULL,
    CONSTRAINT [pk_learners] PRIMARY KEY ([id]),
    CONSTRAINT [fk_learners_organisations_school_id] FOREIGN KEY ([school_id]) REFERENCES [enrolment].[organisations] ([id]) ON DELETE NO ACTION,
    CONSTRAINT [fk_learners_qualifications_qualification_id] FOREIGN KEY ([qualification_id]) REFERENCES [enrolment].[qualifications] ([id]) ON DELETE NO ACTION
);

CREATE INDEX [ix_learners_qualification_id] ON [enrolment].[learners] ([qualification_id]);

CREATE INDEX [ix_learners_school_id] ON [enrolment].[learners] ([school_id]);

CREATE TABLE [enrolment].[learner_languages] (
    [learner_id] uniqueidentifier NOT NULL,
    [language] nvarchar(2) NOT NULL,
    [level] nvarchar(2) NOT NULL,
    CONSTRAINT [pk_learner_languages] PRIMARY KEY ([learner_id], [language]),
    CONSTRAINT [fk_learner_languages_learners_learner_id] FOREIGN KEY ([learner_id]) REFERENCES [enrolment].[learners] ([id]) ON DELETE CASCADE
);

CREATE TABLE [enrolment].[learner_sensitive_data] (
    [learner_id] uniqueidentifier NOT NULL,
    [fewer_opportunities] bit NOT NULL,
    [special_needs] bit NOT NULL,
    [recorded_at] datetime2 NOT NULL,
    CONSTRAINT [pk_learner_sensitive_data] PRIMARY KEY ([learner_id]),
    CONSTRAINT [fk_learner_sensitive_data_learners_learner_id] FOREIGN KEY ([learner_id]) REFERENCES [enrolment].[learners] ([id]) ON DELETE CASCADE
);

CREATE TABLE [enrolment].[staff_members] (
    [id] uniqueidentifier NOT NULL,
    [first_name] nvarchar(100) NOT NULL,
    [last_name] nvarchar(100) NOT NULL,
    [email] nvarchar(254) NOT NULL,
    [role] nvarchar(40) NOT NULL,
    [organisation_id] uniqueidentifier NOT NULL,
    CONSTRAINT [pk_staff_members] PRIMARY KEY ([id]),
    CONSTRAINT [fk_staff_members_organisations_organisation_id] FOREIGN KEY ([organisation_id]) REFERENCES [enrolment].[organisations] ([id]) ON DELETE NO ACTION
);

CREATE INDEX [ix_staff_members_organisation_id] ON [enrolment].[staff_members] ([organisation_id]);

CREATE TABLE [enrolment].[mobility_calls] (
    [id] uniqueidentifier NOT NULL,
    [consortium_id] uniqueidentifier NOT NULL,
    [title] nvarchar(300) NOT NULL,
    [applications_open_on] date NOT NULL,
    [applications_close_on] date NOT NULL,
    [mobility_starts_on] date NOT NULL,
    [mobility_ends_on] date NOT NULL,
    [places] int NOT NULL,
    CONSTRAINT [pk_mobility_calls] PRIMARY KEY ([id]),
    CONSTRAINT [fk_mobility_calls_consortia_consortium_id] FOREIGN KEY ([consortium_id]) REFERENCES [enrolment].[consortia] ([id]) ON DELETE NO ACTION
);

CREATE INDEX [ix_mobility_calls_consortium_id] ON [enrolment].[mobility_calls] ([consortium_id]);

CREATE TABLE [enrolment].[selection_criteria] (
    [id] uniqueidentifier NOT NULL,
    [mobility_call_id] uniqueidentifier NOT NULL,
    [name] nvarchar(100) NOT NULL,
    [weight] int NOT NULL,
    CONSTRAINT [pk_selection_criteria] PRIMARY KEY ([id]),
    CONSTRAINT [fk_selection_criteria_mobility_calls_mobility_call_id] FOREIGN KEY ([mobility_call_id]) REFERENCES [enrolment].[mobility_calls] ([id]) ON DELETE CASCADE
);

CREATE UNIQUE INDEX [ix_selection_criteria_mobility_call_id_name] ON [enrolment].[selection_criteria] ([mobility_call_id], [name]) WHERE [mobility_call_id] IS NOT NULL AND [name] IS NOT NULL;

CREATE TABLE [enrolment].[applications] (
    [id] uniqueidentifier NOT NULL,
    [mobility_call_id] uniqueidentifier NOT NULL,
    [learner_id] uniqueidentifier NOT NULL,
    [status] nvarchar(20) NOT NULL,
    [submitted_at] datetime2 NOT NULL,
    CONSTRAINT [pk_applications] PRIMARY KEY ([id]),
    CONSTRAINT [fk_applications_learners_learner_id] FOREIGN KEY ([learner_id]) REFERENCES [enrolment].[learners] ([id]) ON DELETE NO ACTION,
    CONSTRAINT [fk_applications_mobility_calls_mobility_call_id] FOREIGN KEY ([mobility_call_id]) REFERENCES [enrolment].[mobility_calls] ([id]) ON DELETE NO ACTION
);

CREATE INDEX [ix_applications_learner_id] ON [enrolment].[applications] ([learner_id]);

CREATE UNIQUE INDEX [ix_applications_mobility_call_id_learner_id] ON [enrolment].[applications] ([mobility_call_id], [learner_id]) WHERE [mobility_call_id] IS NOT NULL AND [learner_id] IS NOT NULL;

CREATE TABLE [enrolment].[criterion_scores] (
    [application_id] uniqueidentifier NOT NULL,
    [selection_criterion_id] uniqueidentifier NOT NULL,
    [score] int NOT NULL,
    CONSTRAINT [pk_criterion_scores] PRIMARY KEY ([application_id], [selection_criterion_id]),
    CONSTRAINT [fk_criterion_scores_applications_application_id] FOREIGN KEY ([application_id]) REFERENCES [enrolment].[applications] ([id]) ON DELETE CASCADE,
    CONSTRAINT [fk_criterion_scores_selection_criteria_selection_criterion_id] FOREIGN KEY ([selection_criterion_id]) REFERENCES [enrolment].[selection_criteria] ([id]) ON DELETE NO ACTION
);

CREATE INDEX [ix_criterion_scores_selection_criterion_id] ON [enrolment].[criterion_scores] ([selection_criterion_id]);

CREATE TABLE [enrolment].[application_status_changes] (
    [application_id] uniqueidentifier NOT NULL,
    [sequence] int NOT NULL,
    [from_status] nvarchar(20) NULL,
    [to_status] nvarchar(20) NOT NULL,
    [reason] nvarchar(1000) NOT NULL,
    [author] nvarchar(200) NOT NULL,
    [changed_at] datetime2 NOT NULL,
    CONSTRAINT [pk_application_status_changes] PRIMARY KEY ([application_id], [sequence]),
    CONSTRAINT [fk_application_status_changes_applications_application_id] FOREIGN KEY ([application_id]) REFERENCES [enrolment].[applications] ([id]) ON DELETE CASCADE
);

INSERT INTO [enrolment].[__migrations_history] ([MigrationId], [ProductVersion])
VALUES (N'202611220001_Initial', N'10.0.14');

COMMIT;
GO

BEGIN TRANSACTION;
ALTER TABLE [enrolment].[learners] ADD [selection_version] int NOT NULL DEFAULT 0;

ALTER TABLE [enrolment].[mobility_calls] ADD [selection_version] int NOT NULL DEFAULT 0;

INSERT INTO [enrolment].[__migrations_history] ([MigrationId], [ProductVersion])
VALUES (N'202611230001_SelectionVersions', N'10.0.14');

COMMIT;
GO

-- Module: placements
IF OBJECT_ID(N'[placements].[__migrations_history]') IS NULL
BEGIN
    IF SCHEMA_ID(N'placements') IS NULL EXEC(N'CREATE SCHEMA [placements];');
    CREATE TABLE [placements].[__migrations_history] (
        [MigrationId] nvarchar(150) NOT NULL,
        [ProductVersion] nvarchar(32) NOT NULL,
        CONSTRAINT [PK___migrations_history] PRIMARY KEY ([MigrationId])
    );
END;
GO

BEGIN TRANSACTION;
IF SCHEMA_ID(N'placements') IS NULL EXEC(N'CREATE SCHEMA [placements];');

CREATE TABLE [placements].[outbox_messages] (
    [id] uniqueidentifier NOT NULL,
    [type] nvarchar(400) NOT NULL,
    [payload] nvarchar(max) NOT NULL,
    [occurred_at] datetime2 NOT NULL,
    [processed_at] datetime2 NULL,
    [attempts] int NOT NULL,
    [last_error] nvarchar(2000) NULL,
    CONSTRAINT [pk_outbox_messages] PRIMARY KEY ([id])
);

CREATE INDEX [ix_outbox_messages_processed_at_occurred_at] ON [placements].[outbox_messages] ([processed_at], [occurred_at]);

CREATE TABLE [placements].[inbox_messages] (
    [event_id] uniqueidentifier NOT NULL,
    [handler] nvarchar(300) NOT NULL,
    [processed_at] datetime2 NOT NULL,
    CONSTRAINT [pk_inbox_messages] PRIMARY KEY ([event_id], [handler])
);

CREATE TABLE [placements].[host_organisations] (
    [id] uniqueidentifier NOT NULL,
    [name] nvarchar(300) NOT NULL,
    [kind] nvarchar(20) NOT NULL,
    [country] nvarchar(2) NOT NULL,
    [city] nvarchar(200) NOT NULL,
    [latitude] float NOT NULL,
    [longitude] float NOT NULL,
    [sector] nvarchar(100) NOT NULL,
    [contact_name] nvarchar(200) NOT NULL,
    [contact_email] nvarchar(254) NOT NULL,
    [contact_phone] nvarchar(40) NULL,
    CONSTRAINT [pk_host_organisations] PRIMARY KEY ([id])
);

CREATE INDEX [ix_host_organisations_country] ON [placements].[host_organisations] ([country]);

CREATE TABLE [placements].[sending_companies] (
    [id] uniqueidentifier NOT NULL,
    [learner_id] uniqueidentifier NOT NULL,
    [name] nvarchar(300) NOT NULL,
    [city] nvarchar(200) NOT NULL,
    [contact_name] nvarchar(200) NOT NULL,
    [contact_email] nvarchar(254) NOT NULL,
    [contract_signed_on] date NOT NULL,
    [informed_on] date NULL,
    [agreement] nvarchar(20) NOT NULL,
    [agreement_decided_on] date NULL,
    [agreement_note] nvarchar(1000) NULL,
    CONSTRAINT [pk_sending_companies] PRIMARY KEY ([id])
);

CREATE UNIQUE INDEX [ix_sending_companies_learner_id] ON [placements].[sending_companies] ([learner_id]) WHERE [learner_id] IS NOT NULL;

CREATE TABLE [placements].[selected_learners] (
    [application_id] uniqueidentifier NOT NULL,
    [learner_id] uniqueidentifier NOT NULL,
    [call_id] uniqueidentifier NOT NULL,
    [school_id] uniqueidentifier NOT NULL,
    [mobility_starts_on] date NOT NULL,
    [mobility_ends_on] date NOT NULL,
    [selected_at] datetime2 NOT NULL,
    [withdrawn_at] datetime2 NULL,
    CONSTRAINT [pk_selected_learners] PRIMARY KEY ([application_id])
);

CREATE INDEX [ix_selected_learners_learner_id] ON [placements].[selected_learners] ([learner_id]);

CREATE TABLE [placements].[placement_groups] (
    [id] uniqueidentifier NOT NULL,
    [name] nvarchar(200) NOT NULL,
    [call_year] int NOT NULL,
    [sending_organisation_id] uniqueidentifier NOT NULL,
    [host_organisation_id] uniqueidentifier NOT NULL,
    [starts_on] date NOT NULL,
    [ends_on] date NOT NULL,
    CONSTRAINT [pk_placement_groups] PRIMARY KEY ([id]),
    CONSTRAINT [fk_placement_groups_host_organisations_host_organisation_id] FOREIGN KEY ([host_organisation_id]) REFERENCES [placements].[host_organisations] ([id]) ON DELETE NO ACTION
);

CREATE INDEX [ix_placement_groups_host_organisation_id] ON [placements].[placement_groups] ([host_organisation_id]);

CREATE TABLE [placements].[accompanying_persons] (
    [placement_group_id] uniqueidentifier NOT NULL,
    [staff_member_id] uniqueidentifier NOT NULL,
    [is_lead] bit NOT NULL,
    CONSTRAINT [pk_accompanying_persons] PRIMARY KEY ([placement_group_id], [staff_member_id]),
    CONSTRAINT [fk_accompanying_persons_placement_groups_placement_group_id] FOREIGN KEY ([placement_group_id]) REFERENCES [placements].[placement_groups] ([id]) ON DELETE CASCADE
);

CREATE TABLE [placements].[placements] (
    [id] uniqueidentifier NOT NULL,
    [kind] nvarchar(30) NOT NULL,
    [direction] nvarchar(10) NOT NULL,
    [status] nvarchar(20) NOT NULL,
    [call_year] int NOT NULL,
    [learner_id] uniqueidentifier NULL,
    [staff_member_id] uniqueidentifier NULL,
    [selection_application_id] uniqueidentifier NULL,
    [incoming_participant_name] nvarchar(200) NULL,
    [incoming_home_organisation] nvarchar(300) NULL,
    [sending_organisation_id] uniqueidentifier NULL,
    [host_organisation_id] uniqueidentifier NULL,
    [host_school_id] uniqueidentifier NULL,
    [placement_group_id] uniqueidentifier NULL,
    [starts_on] date NOT NULL,
    [ends_on] date NOT NULL,
    [duration_days] int NOT NULL,
    [origin_city] nvarchar(200) NOT NULL,
    [origin_country] nvarchar(2) NOT NULL,
    [origin_latitude] float NOT NULL,
    [origin_longitude] float NOT NULL,
    [destination_city] nvarchar(200) NOT NULL,
    [destination_country] nvarchar(2) NOT NULL,
    [destination_latitude] float NOT NULL,
    [destination_longitude] float NOT NULL,
    [host_tutor_name] nvarchar(200) NULL,
    [host_tutor_email] nvarchar(254) NULL,
    [host_tutor_position] nvarchar(200) NULL,
    [host_tutor_appointed_at] datetime2 NULL,
    [planned_at] datetime2 NOT NULL,
    [confirmed_at] datetime2 NULL,
    [started_at] datetime2 NULL,
    [closed_at] datetime2 NULL,
    [interrupted_on] date NULL,
    [closing_reason] nvarchar(1000) NULL,
    [force_majeure] bit NOT NULL,
    CONSTRAINT [pk_placements] PRIMARY KEY ([id]),
    CONSTRAINT [fk_placements_host_organisations_host_organisation_id] FOREIGN KEY ([host_organisation_id]) REFERENCES [placements].[host_organisations] ([id]) ON DELETE NO ACTION,
    CONSTRAINT [fk_placements_placement_groups_placement_group_id] FOREIGN KEY ([placement_group_id]) REFERENCES [placements].[placement_groups] ([id]) ON DELETE NO ACTION
);

CREATE INDEX [ix_placements_call_year_planned_at] ON [placements].[placements] ([call_year], [planned_at]);

CREATE INDEX [ix_placements_host_organisation_id] ON [placements].[placements] ([host_organisation_id]);

CREATE INDEX [ix_placements_learner_id] ON [placements].[placements] ([learner_id]);

CREATE INDEX [ix_placements_placement_group_id] ON [placements].[placements] ([placement_group_id]);

CREATE INDEX [ix_placements_selection_application_id] ON [placements].[placements] ([selection_application_id]);

CREATE INDEX [ix_placements_staff_member_id] ON [placements].[placements] ([staff_member_id]);

CREATE TABLE [placements].[learning_agreement_versions] (
    [id] uniqueidentifier NOT NULL,
    [placement_id] uniqueidentifier NOT NULL,
    [version] int NOT NULL,
    [revision_reason] nvarchar(1000) NULL,
    [drafted_by] nvarchar(200) NOT NULL,
    [drafted_at] datetime2 NOT NULL,
    [participant_signed_by] nvarchar(200) NULL,
    [participant_signed_at] datetime2 NULL,
    [sending_school_signed_by] nvarchar(200) NULL,
    [sending_school_signed_at] datetime2 NULL,
    [host_signed_by] nvarchar(200) NULL,
    [host_signed_at] datetime2 NULL,
    CONSTRAINT [pk_learning_agreement_versions] PRIMARY KEY ([id]),
    CONSTRAINT [fk_learning_agreement_versions_placements_placement_id] FOREIGN KEY ([placement_id]) REFERENCES [placements].[placements] ([id]) ON DELETE CASCADE
);

CREATE UNIQUE INDEX [ix_learning_agreement_versions_placement_id_version] ON [placements].[learning_agreement_versions] ([placement_id], [version]) WHERE [placement_id] IS NOT NULL AND [version] IS NOT NULL;

CREATE TABLE [placements].[learning_objectives] (
    [learning_agreement_version_id] uniqueidentifier NOT NULL,
    [position] int NOT NULL,
    [description] nvarchar(500) NOT NULL,
    [success_indicator] nvarchar(500) NOT NULL,
    CONSTRAINT [pk_learning_objectives] PRIMARY KEY ([learning_agreement_version_id], [position]),
    CONSTRAINT [fk_learning_objectives_learning_agreement_versions] FOREIGN KEY ([learning_agreement_version_id]) REFERENCES [placements].[learning_agreement_versions] ([id]) ON DELETE CASCADE
);

CREATE TABLE [placements].[follow_ups] (
    [id] uniqueidentifier NOT NULL,
    [placement_id] uniqueidentifier NOT NULL,
    [kind] nvarchar(20) NOT NULL,
    [held_on] date NOT NULL,
    [held_by] nvarchar(200) NOT NULL,
    [with_sending_employer] bit NOT NULL,
    [notes] nvarchar(4000) NOT NULL,
    [recorded_at] datetime2 NOT NULL,
    CONSTRAINT [pk_follow_ups] PRIMARY KEY ([id]),
    CONSTRAINT [fk_follow_ups_placements_placement_id] FOREIGN KEY ([placement_id]) REFERENCES [placements].[placements] ([id]) ON DELETE CASCADE
);

CREATE INDEX [ix_follow_ups_placement_id] ON [placements].[follow_ups] ([placement_id]);

CREATE TABLE [placements].[placement_grants] (
    [placement_id] uniqueidentifier NOT NULL,
    [call_year] int NOT NULL,
    [currency] nvarchar(3) NOT NULL,
    [distance_km] float NOT NULL,
    [green_travel] bit NOT NULL,
    [travel_days] int NOT NULL,
    [fewer_opportunities] bit NOT NULL,
    [participant_number] int NOT NULL,
    [total] decimal(18,2) NOT NULL,
    [computed_at] datetime2 NOT NULL,
    CONSTRAINT [pk_placement_grants] PRIMARY KEY ([placement_id]),
    CONSTRAINT [fk_placement_grants_placements_placement_id] FOREIGN KEY ([placement_id]) REFERENCES [placements].[placements] ([id]) ON DELETE CASCADE
);

CREATE TABLE [placements].[placement_grant_lines] (
    [placement_id] uniqueidentifier NOT NULL,
    [position] int NOT NULL,
    [category] nvarchar(30) NOT NULL,
    [basis] nvarchar(300) NOT NULL,
    [quantity] decimal(18,2) NOT NULL,
    [rate] decimal(18,2) NOT NULL,
    [amount] decimal(18,2) NOT NULL,
    [verified] bit NOT NULL,
    CONSTRAINT [pk_placement_grant_lines] PRIMARY KEY ([placement_id], [position]),
    CONSTRAINT [fk_placement_grant_lines_placement_grants_placement_id] FOREIGN KEY ([placement_id]) REFERENCES [placements].[placement_grants] ([placement_id]) ON DELETE CASCADE
);

INSERT INTO [placements].[__migrations_history] ([MigrationId], [ProductVersion])
VALUES (N'202611230001_Initial', N'10.0.14');

COMMIT;
GO

BEGIN TRANSACTION;
CREATE TABLE [placements].[open_data_organisations] (
    [id] uniqueidentifier NOT NULL,
    [natural_key] nvarchar(64) NOT NULL,
    [name] nvarchar(300) NOT NULL,
    [country] nvarchar(2) NOT NULL,
    [city] nvarchar(200) NOT NULL,
    [seen_sending] bit NOT NULL,
    [seen_receiving] bit NOT NULL,
    CONSTRAINT [pk_open_data_organisations] PRIMARY KEY ([id])
);

CREATE UNIQUE INDEX [ix_open_data_organisations_natural_key] ON [placements].[open_data_organisations] ([natural_key]) WHERE [natural_key] IS NOT NULL;

CREATE TABLE [placements].[open_data_participants] (
    [id] uniqueidentifier NOT NULL,
    [nationality] nvarchar(2) NULL,
    [gender] nvarchar(20) NOT NULL,
    [age] int NOT NULL,
    [profile] nvarchar(20) NOT NULL,
    [special_needs] bit NOT NULL,
    [fewer_opportunities] bit NOT NULL,
    [group_leader] bit NOT NULL,
    CONSTRAINT [pk_open_data_participants] PRIMARY KEY ([id])
);

CREATE TABLE [placements].[open_data_mobilities] (
    [id] uniqueidentifier NOT NULL,
    [natural_key] nvarchar(100) NOT NULL,
    [project_reference] nvarchar(50) NOT NULL,
    [key_action] nvarchar(10) NOT NULL,
    [academic_year] nvarchar(9) NOT NULL,
    [start_month] date NOT NULL,
    [end_month] date NOT NULL,
    [duration_days] int NOT NULL,
    [activity] nvarchar(200) NOT NULL,
    [participants] int NULL,
    [field_of_education] nvarchar(200) NULL,
    [education_level] nvarchar(200) NULL,
    [sending_organisation_id] uniqueidentifier NOT NULL,
    [receiving_organisation_id] uniqueidentifier NOT NULL,
    [participant_id] uniqueidentifier NOT NULL,
    CONSTRAINT [pk_open_data_mobilities] PRIMARY KEY ([id]),
    CONSTRAINT [fk_open_data_mobilities_sending_organisation] FOREIGN KEY ([sending_organisation_id]) REFERENCES [placements].[open_data_organisations] ([id]) ON DELETE NO ACTION,
    CONSTRAINT [fk_open_data_mobilities_receiving_organisation] FOREIGN KEY ([receiving_organisation_id]) REFERENCES [placements].[open_data_organisations] ([id]) ON DELETE NO ACTION,
    CONSTRAINT [fk_open_data_mobilities_participant] FOREIGN KEY ([participant_id]) REFERENCES [placements].[open_data_participants] ([id]) ON DELETE NO ACTION
);

CREATE UNIQUE INDEX [ix_open_data_mobilities_natural_key] ON [placements].[open_data_mobilities] ([natural_key]) WHERE [natural_key] IS NOT NULL;

CREATE UNIQUE INDEX [ix_open_data_mobilities_participant_id] ON [placements].[open_data_mobilities] ([participant_id]) WHERE [participant_id] IS NOT NULL;

CREATE INDEX [ix_open_data_mobilities_receiving_organisation_id] ON [placements].[open_data_mobilities] ([receiving_organisation_id]);

CREATE INDEX [ix_open_data_mobilities_sending_organisation_id] ON [placements].[open_data_mobilities] ([sending_organisation_id]);

INSERT INTO [placements].[__migrations_history] ([MigrationId], [ProductVersion])
VALUES (N'202611240001_OpenData', N'10.0.14');

COMMIT;
GO

-- Module: recognition
IF OBJECT_ID(N'[recognition].[__migrations_history]') IS NULL
BEGIN
    IF SCHEMA_ID(N'recognition') IS NULL EXEC(N'CREATE SCHEMA [recognition];');
    CREATE TABLE [recognition].[__migrations_history] (
        [MigrationId] nvarchar(150) NOT NULL,
        [ProductVersion] nvarchar(32) NOT NULL,
        CONSTRAINT [PK___migrations_history] PRIMARY KEY ([MigrationId])
    );
END;
GO

BEGIN TRANSACTION;
IF SCHEMA_ID(N'recognition') IS NULL EXEC(N'CREATE SCHEMA [recognition];');

CREATE TABLE [recognition].[outbox_messages] (
    [id] uniqueidentifier NOT NULL,
    [type] nvarchar(400) NOT NULL,
    [payload] nvarchar(max) NOT NULL,
    [occurred_at] datetime2 NOT NULL,
    [processed_at] datetime2 NULL,
    [attempts] int NOT NULL,
    [last_error] nvarchar(2000) NULL,
    CONSTRAINT [pk_outbox_messages] PRIMARY KEY ([id])
);

CREATE INDEX [ix_outbox_messages_processed_at_occurred_at] ON [recognition].[outbox_messages] ([processed_at], [occurred_at]);

CREATE TABLE [recognition].[inbox_messages] (
    [event_id] uniqueidentifier NOT NULL,
    [handler] nvarchar(300) NOT NULL,
    [processed_at] datetime2 NOT NULL,
    CONSTRAINT [pk_inbox_messages] PRIMARY KEY ([event_id], [handler])
);

CREATE TABLE [recognition].[placement_recognitions] (
    [id] uniqueidentifier NOT NULL,
    [placement_id] uniqueidentifier NOT NULL,
    [learner_id] uniqueidentifier NOT NULL,
    [sending_organisation_id] uniqueidentifier NOT NULL,
    [host_organisation_id] uniqueidentifier NULL,
    [qualification_id] uniqueidentifier NOT NULL,
    [qualification_name] nvarchar(300) NOT NULL,
    [eqf_level] int NOT NULL,
    [starts_on] date NOT NULL,
    [ends_on] date NOT NULL,
    [returned_on] date NOT NULL,
    [host_tutor_name] nvarchar(200) NULL,
    [host_tutor_email] nvarchar(254) NULL,
    [opened_at] datetime2 NOT NULL,
    [agreed_version] int NULL,
    [agreed_at] datetime2 NULL,
    [assessment_status] nvarchar(20) NOT NULL,
    [assessment_method] nvarchar(20) NULL,
    [assessed_on] date NULL,
    [assessment_language] nvarchar(2) NULL,
    [sending_company_took_part] bit NOT NULL,
    [school_teacher_took_part] bit NOT NULL,
    [other_participants] nvarchar(500) NULL,
    [assessed_by] nvarchar(254) NULL,
    [assessment_submitted_at] datetime2 NULL,
    [validated_at] datetime2 NULL,
    [validated_by] nvarchar(254) NULL,
    [validated_by_user_id] uniqueidentifier NULL,
    CONSTRAINT [pk_placement_recognitions] PRIMARY KEY ([id])
);

CREATE UNIQUE INDEX [ix_placement_recognitions_placement_id] ON [recognition].[placement_recognitions] ([placement_id]) WHERE [placement_id] IS NOT NULL;

CREATE INDEX [ix_placement_recognitions_learner_id] ON [recognition].[placement_recognitions] ([learner_id]);

CREATE INDEX [ix_placement_recognitions_sending_organisation_id] ON [recognition].[placement_recognitions] ([sending_organisation_id]);

CREATE INDEX [ix_placement_recognitions_host_tutor_email] ON [recognition].[placement_recognitions] ([host_tutor_email]);

CREATE TABLE [recognition].[units_of_learning_outcomes] (
    [id] uniqueidentifier NOT NULL,
    [placement_recognition_id] uniqueidentifier NOT NULL,
    [position] int NOT NULL,
    [qualification_unit_id] uniqueidentifier NOT NULL,
    [qualification_unit_code] nvarchar(20) NOT NULL,
    [qualification_unit_title] nvarchar(300) NOT NULL,
    [title] nvarchar(300) NOT NULL,
    [knowledge] nvarchar(max) NOT NULL,
    [skills] nvarchar(max) NOT NULL,
    [competences] nvarchar(max) NOT NULL,
    [ecvet_points] decimal(18,2) NULL,
    [scheme_code] nvarchar(40) NOT NULL,
    [agreed_in_version] int NULL,
    [host_level] nvarchar(40) NULL,
    [host_mark] decimal(18,2) NULL,
    [host_evidence] nvarchar(2000) NULL,
    [host_comment] nvarchar(2000) NULL,
    [school_level] nvarchar(40) NULL,
    [school_mark] decimal(18,2) NULL,
    [school_comment] nvarchar(2000) NULL,
    [school_assessed_on] date NULL,
    [school_assessed_by] nvarchar(254) NULL,
    CONSTRAINT [pk_units_of_learning_outcomes] PRIMARY KEY ([id]),
    CONSTRAINT [fk_units_of_learning_outcomes_placement_recognitions] FOREIGN KEY ([placement_recognition_id]) REFERENCES [recognition].[placement_recognitions] ([id]) ON DELETE CASCADE
);

CREATE UNIQUE INDEX [ix_units_of_learning_outcomes_recognition_qualification_unit] ON [recognition].[units_of_learning_outcomes] ([placement_recognition_id], [qualification_unit_id]) WHERE [placement_recognition_id] IS NOT NULL AND [qualification_unit_id] IS NOT NULL;

CREATE TABLE [recognition].[recognition_decisions] (
    [id] uniqueidentifier NOT NULL,
    [placement_recognition_id] uniqueidentifier NOT NULL,
    [unit_id] uniqueidentifier NOT NULL,
    [sequence] int NOT NULL,
    [outcome] nvarchar(40) NOT NULL,
    [reason] nvarchar(1000) NULL,
    [passed] bit NOT NULL,
    [final_mark] decimal(18,2) NULL,
    [attestation] nvarchar(100) NULL,
    [decided_by] nvarchar(254) NOT NULL,
    [decided_by_user_id] uniqueidentifier NULL,
    [decided_at] datetime2 NOT NULL,
    CONSTRAINT [pk_recognition_decisions] PRIMARY KEY ([id]),
    CONSTRAINT [fk_recognition_decisions_placement_recognitions] FOREIGN KEY ([placement_recognition_id]) REFERENCES [recognition].[placement_recognitions] ([id]) ON DELETE CASCADE,
    CONSTRAINT [fk_recognition_decisions_units_of_learning_outcomes_unit_id] FOREIGN KEY ([unit_id]) REFERENCES [recognition].[units_of_learning_outcomes] ([id]) ON DELETE NO ACTION
);

CREATE INDEX [ix_recognition_decisions_placement_recognition_id] ON [recognition].[recognition_decisions] ([placement_recognition_id]);

CREATE UNIQUE INDEX [ix_recognition_decisions_unit_id_sequence] ON [recognition].[recognition_decisions] ([unit_id], [sequence]) WHERE [unit_id] IS NOT NULL AND [sequence] IS NOT NULL;

CREATE TABLE [recognition].[europass_documents] (
    [id] uniqueidentifier NOT NULL,
    [placement_recognition_id] uniqueidentifier NOT NULL,
    [placement_id] uniqueidentifier NOT NULL,
    [learner_id] uniqueidentifier NOT NULL,
    [number] nvarchar(40) NOT NULL,
    [content] nvarchar(max) NOT NULL,
    [issued_by] nvarchar(254) NOT NULL,
    [issued_at] datetime2 NOT NULL,
    CONSTRAINT [pk_europass_documents] PRIMARY KEY ([id]),
    CONSTRAINT [fk_europass_documents_placement_recognitions] FOREIGN KEY ([placement_recognition_id]) REFERENCES [recognition].[placement_recognitions] ([id]) ON DELETE NO ACTION
);

CREATE UNIQUE INDEX [ix_europass_documents_number] ON [recognition].[europass_documents] ([number]) WHERE [number] IS NOT NULL;

CREATE INDEX [ix_europass_documents_placement_id] ON [recognition].[europass_documents] ([placement_id]);

CREATE INDEX [ix_europass_documents_placement_recognition_id] ON [recognition].[europass_documents] ([placement_recognition_id]);

CREATE TABLE [recognition].[evaluation_procedures] (
    [code] nvarchar(60) NOT NULL,
    [title] nvarchar(200) NOT NULL,
    [description] nvarchar(2000) NOT NULL,
    [steps] nvarchar(max) NOT NULL,
    [updated_by] nvarchar(254) NOT NULL,
    [updated_at] datetime2 NOT NULL,
    CONSTRAINT [pk_evaluation_procedures] PRIMARY KEY ([code])
);

CREATE TABLE [recognition].[decision_rules] (
    [id] uniqueidentifier NOT NULL,
    [code] nvarchar(60) NOT NULL,
    [position] int NOT NULL,
    [conditions] nvarchar(max) NOT NULL,
    [procedure_code] nvarchar(60) NULL,
    [explanation] nvarchar(1000) NOT NULL,
    [advice] nvarchar(max) NOT NULL,
    [updated_by] nvarchar(254) NOT NULL,
    [updated_at] datetime2 NOT NULL,
    CONSTRAINT [pk_decision_rules] PRIMARY KEY ([id])
);

CREATE UNIQUE INDEX [ix_decision_rules_code] ON [recognition].[decision_rules] ([code]) WHERE [code] IS NOT NULL;

INSERT INTO [recognition].[__migrations_history] ([MigrationId], [ProductVersion])
VALUES (N'202612010001_Initial', N'10.0.14');

COMMIT;
GO

-- Module: impact
IF OBJECT_ID(N'[impact].[__migrations_history]') IS NULL
BEGIN
    IF SCHEMA_ID(N'impact') IS NULL EXEC(N'CREATE SCHEMA [impact];');
    CREATE TABLE [impact].[__migrations_history] (
        [MigrationId] nvarchar(150) NOT NULL,
        [ProductVersion] nvarchar(32) NOT NULL,
        CONSTRAINT [PK___migrations_history] PRIMARY KEY ([MigrationId])
    );
END;
GO

BEGIN TRANSACTION;
IF SCHEMA_ID(N'impact') IS NULL EXEC(N'CREATE SCHEMA [impact];');

CREATE TABLE [impact].[outbox_messages] (
    [id] uniqueidentifier NOT NULL,
    [type] nvarchar(400) NOT NULL,
    [payload] nvarchar(max) NOT NULL,
    [occurred_at] datetime2 NOT NULL,
    [processed_at] datetime2 NULL,
    [attempts] int NOT NULL,
    [last_error] nvarchar(2000) NULL,
    CONSTRAINT [pk_outbox_messages] PRIMARY KEY ([id])
);

CREATE INDEX [ix_outbox_messages_processed_at_occurred_at] ON [impact].[outbox_messages] ([processed_at], [occurred_at]);

CREATE TABLE [impact].[inbox_messages] (
    [event_id] uniqueidentifier NOT NULL,
    [handler] nvarchar(300) NOT NULL,
    [processed_at] datetime2 NOT NULL,
    CONSTRAINT [pk_inbox_messages] PRIMARY KEY ([event_id], [handler])
);

CREATE TABLE [impact].[learner_profiles] (
    [learner_id] uniqueidentifier NOT NULL,
    [school_id] uniqueidentifier NOT NULL,
    [consortium_id] uniqueidentifier NULL,
    [qualification_id] uniqueidentifier NOT NULL,
    [qualification_name] nvarchar(300) NOT NULL,
    [qualification_level] nvarchar(50) NOT NULL,
    [eqf_level] int NOT NULL,
    [gender] nvarchar(20) NOT NULL,
    [fewer_opportunities] nvarchar(10) NOT NULL,
    [updated_at] datetime2 NOT NULL,
    [consortium_selected_at] datetime2 NULL,
    [flags_recorded_at] datetime2 NULL,
    CONSTRAINT [pk_learner_profiles] PRIMARY KEY ([learner_id])
);

CREATE TABLE [impact].[participations] (
    [placement_id] uniqueidentifier NOT NULL,
    [learner_id] uniqueidentifier NOT NULL,
    [sending_organisation_id] uniqueidentifier NULL,
    [call_year] int NOT NULL,
    [starts_on] date NOT NULL,
    [ends_on] date NOT NULL,
    [duration_days] int NOT NULL,
    [destination_country] nvarchar(2) NOT NULL,
    [sector] nvarchar(200) NOT NULL,
    [kind] nvarchar(30) NOT NULL,
    [completed_at] datetime2 NOT NULL,
    [academic_year] nvarchar(9) NOT NULL,
    [duration_band] nvarchar(30) NOT NULL,
    CONSTRAINT [pk_participations] PRIMARY KEY ([placement_id])
);

CREATE INDEX [ix_participations_learner_id] ON [impact].[participations] ([learner_id]);

CREATE TABLE [impact].[pending_refreshes] (
    [learner_id] uniqueidentifier NOT NULL,
    [marked_at] datetime2 NOT NULL,
    CONSTRAINT [pk_pending_refreshes] PRIMARY KEY ([learner_id])
);

CREATE TABLE [impact].[surveys] (
    [id] uniqueidentifier NOT NULL,
    [placement_id] uniqueidentifier NOT NULL,
    [learner_id] uniqueidentifier NOT NULL,
    [language] nvarchar(2) NOT NULL,
    [status] nvarchar(20) NOT NULL,
    [sent_at] datetime2 NOT NULL,
    [reminders_sent] int NOT NULL,
    [last_reminder_at] datetime2 NULL,
    [answered_at] datetime2 NULL,
    [satisfaction] int NULL,
    [language_skills_improved] int NULL,
    [self_confidence_improved] int NULL,
    [ready_to_go_again] int NULL,
    [open_answer] nvarchar(4000) NULL,
    CONSTRAINT [pk_surveys] PRIMARY KEY ([id])
);

CREATE UNIQUE INDEX [ix_surveys_placement_id] ON [impact].[surveys] ([placement_id]) WHERE [placement_id] IS NOT NULL;

CREATE INDEX [ix_surveys_learner_id] ON [impact].[surveys] ([learner_id]);

CREATE TABLE [impact].[language_assessments] (
    [id] uniqueidentifier NOT NULL,
    [placement_id] uniqueidentifier NOT NULL,
    [learner_id] uniqueidentifier NOT NULL,
    [language] nvarchar(2) NOT NULL,
    [skill] nvarchar(20) NOT NULL,
    [before] int NULL,
    [after] int NULL,
    [gain] int NULL,
    [updated_at] datetime2 NOT NULL,
    CONSTRAINT [pk_language_assessments] PRIMARY KEY ([id])
);

CREATE UNIQUE INDEX [ix_language_assessments_placement_id_language_skill] ON [impact].[language_assessments] ([placement_id], [language], [skill]) WHERE [placement_id] IS NOT NULL AND [language] IS NOT NULL AND [skill] IS NOT NULL;

CREATE INDEX [ix_language_assessments_learner_id] ON [impact].[language_assessments] ([learner_id]);

CREATE TABLE [impact].[exam_results] (
    [id] uniqueidentifier NOT NULL,
    [learner_id] uniqueidentifier NOT NULL,
    [qualification_id] uniqueidentifier NOT NULL,
    [session] nvarchar(7) NOT NULL,
    [outcome] nvarchar(10) NOT NULL,
    [updated_at] datetime2 NOT NULL,
    CONSTRAINT [pk_exam_results] PRIMARY KEY ([id])
);

CREATE UNIQUE INDEX [ix_exam_results_learner_id_session] ON [impact].[exam_results] ([learner_id], [session]) WHERE [learner_id] IS NOT NULL AND [session] IS NOT NULL;

CREATE TABLE [impact].[career_outcomes] (
    [id] uniqueidentifier NOT NULL,
    [learner_id] uniqueidentifier NOT NULL,
    [kind] nvarchar(20) NOT NULL,
    [detail] nvarchar(300) NULL,
    [on] date NOT NULL,
    [updated_at] datetime2 NOT NULL,
    CONSTRAINT [pk_career_outcomes] PRIMARY KEY ([id])
);

CREATE UNIQUE INDEX [ix_career_outcomes_learner_id_kind] ON [impact].[career_outcomes] ([learner_id], [kind]) WHERE [learner_id] IS NOT NULL AND [kind] IS NOT NULL;

CREATE TABLE [impact].[staff_outcomes] (
    [id] uniqueidentifier NOT NULL,
    [staff_member_id] uniqueidentifier NOT NULL,
    [organisation_id] uniqueidentifier NOT NULL,
    [kind] nvarchar(20) NOT NULL,
    [title] nvarchar(200) NOT NULL,
    [on] date NOT NULL,
    CONSTRAINT [pk_staff_outcomes] PRIMARY KEY ([id])
);

CREATE UNIQUE INDEX [ix_staff_outcomes_staff_member_id_kind_title] ON [impact].[staff_outcomes] ([staff_member_id], [kind], [title]) WHERE [staff_member_id] IS NOT NULL AND [kind] IS NOT NULL AND [title] IS NOT NULL;

CREATE INDEX [ix_staff_outcomes_organisation_id] ON [impact].[staff_outcomes] ([organisation_id]);

CREATE TABLE [impact].[outcome_facts] (
    [placement_id] uniqueidentifier NOT NULL,
    [learner_id] uniqueidentifier NOT NULL,
    [consortium_id] uniqueidentifier NULL,
    [organisation_id] uniqueidentifier NOT NULL,
    [academic_year] nvarchar(9) NOT NULL,
    [destination_country] nvarchar(2) NOT NULL,
    [sector] nvarchar(200) NOT NULL,
    [qualification_id] uniqueidentifier NULL,
    [qualification_level] nvarchar(50) NOT NULL,
    [duration_band] nvarchar(30) NOT NULL,
    [gender] nvarchar(20) NOT NULL,
    [fewer_opportunities] nvarchar(10) NOT NULL,
    [latest_for_learner] int NOT NULL,
    [survey_sent] int NOT NULL,
    [survey_answered] int NOT NULL,
    [satisfied] int NULL,
    [language_improved] int NULL,
    [self_confident] int NULL,
    [ready_again] int NULL,
    [exam_passed] int NULL,
    [job_offer] int NOT NULL,
    [further_study] int NOT NULL,
    [left_training] int NOT NULL,
    CONSTRAINT [pk_outcome_facts] PRIMARY KEY ([placement_id])
);

CREATE INDEX [ix_outcome_facts_learner_id] ON [impact].[outcome_facts] ([learner_id]);

CREATE INDEX [ix_outcome_facts_consortium_id_academic_year] ON [impact].[outcome_facts] ([consortium_id], [academic_year]);

CREATE TABLE [impact].[snapshots] (
    [id] uniqueidentifier NOT NULL,
    [run_key] nvarchar(200) NOT NULL,
    [kind] nvarchar(20) NOT NULL,
    [parameters] nvarchar(4000) NOT NULL,
    [computed_at] datetime2 NOT NULL,
    [placements] int NOT NULL,
    CONSTRAINT [pk_snapshots] PRIMARY KEY ([id])
);

CREATE UNIQUE INDEX [ix_snapshots_run_key] ON [impact].[snapshots] ([run_key]) WHERE [run_key] IS NOT NULL;

CREATE TABLE [impact].[snapshot_figures] (
    [snapshot_id] uniqueidentifier NOT NULL,
    [ordinal] int NOT NULL,
    [indicator] nvarchar(40) NOT NULL,
    [dimension] nvarchar(40) NOT NULL,
    [group] nvarchar(200) NOT NULL,
    [skill] nvarchar(20) NULL,
    [numerator] decimal(18,4) NULL,
    [denominator] int NULL,
    [value] decimal(18,4) NULL,
    CONSTRAINT [pk_snapshot_figures] PRIMARY KEY ([snapshot_id], [ordinal]),
    CONSTRAINT [fk_snapshot_figures_snapshots_snapshot_id] FOREIGN KEY ([snapshot_id]) REFERENCES [impact].[snapshots] ([id]) ON DELETE CASCADE
);

CREATE TABLE [impact].[reports] (
    [id] uniqueidentifier NOT NULL,
    [kind] nvarchar(20) NOT NULL,
    [consortium_id] uniqueidentifier NULL,
    [academic_year] nvarchar(20) NOT NULL,
    [title] nvarchar(300) NOT NULL,
    [snapshot_id] uniqueidentifier NOT NULL,
    [generated_at] datetime2 NOT NULL,
    [html] nvarchar(max) NOT NULL,
    [csv] nvarchar(max) NOT NULL,
    [pdf] varbinary(max) NULL,
    CONSTRAINT [pk_reports] PRIMARY KEY ([id])
);

CREATE INDEX [ix_reports_consortium_id_academic_year] ON [impact].[reports] ([consortium_id], [academic_year]);

INSERT INTO [impact].[__migrations_history] ([MigrationId], [ProductVersion])
VALUES (N'202611250001_Initial', N'10.0.14');

COMMIT;
GO

BEGIN TRANSACTION;
CREATE TABLE [impact].[job_runs] (
    [id] nvarchar(200) NOT NULL,
    [job] nvarchar(100) NOT NULL,
    [trigger] nvarchar(200) NOT NULL,
    [started_at] datetime2 NOT NULL,
    [finished_at] datetime2 NULL,
    [outcome] nvarchar(20) NOT NULL,
    [error] nvarchar(2000) NULL,
    CONSTRAINT [pk_job_runs] PRIMARY KEY ([id])
);

CREATE INDEX [ix_job_runs_job_started_at] ON [impact].[job_runs] ([job], [started_at]);

INSERT INTO [impact].[__migrations_history] ([MigrationId], [ProductVersion])
VALUES (N'202611260001_JobRuns', N'10.0.14');

COMMIT;
GO

BEGIN TRANSACTION;
ALTER TABLE [impact].[outcome_facts] ADD [listening_gain] int NOT NULL DEFAULT 0;

ALTER TABLE [impact].[outcome_facts] ADD [listening_assessed] int NOT NULL DEFAULT 0;

ALTER TABLE [impact].[outcome_facts] ADD [reading_gain] int NOT NULL DEFAULT 0;

ALTER TABLE [impact].[outcome_facts] ADD [reading_assessed] int NOT NULL DEFAULT 0;

ALTER TABLE [impact].[outcome_facts] ADD [spoken_interaction_gain] int NOT NULL DEFAULT 0;

ALTER TABLE [impact].[outcome_facts] ADD [spoken_interaction_assessed] int NOT NULL DEFAULT 0;

ALTER TABLE [impact].[outcome_facts] ADD [spoken_production_gain] int NOT NULL DEFAULT 0;

ALTER TABLE [impact].[outcome_facts] ADD [spoken_production_assessed] int NOT NULL DEFAULT 0;

ALTER TABLE [impact].[outcome_facts] ADD [writing_gain] int NOT NULL DEFAULT 0;

ALTER TABLE [impact].[outcome_facts] ADD [writing_assessed] int NOT NULL DEFAULT 0;

INSERT INTO impact.pending_refreshes (learner_id, marked_at)
SELECT DISTINCT p.learner_id, CURRENT_TIMESTAMP FROM impact.participations p
WHERE NOT EXISTS (SELECT 1 FROM impact.pending_refreshes r WHERE r.learner_id = p.learner_id)

INSERT INTO [impact].[__migrations_history] ([MigrationId], [ProductVersion])
VALUES (N'202612020001_FactGains', N'10.0.14');

COMMIT;
GO

BEGIN TRANSACTION;
CREATE TABLE [impact].[unit_recognitions] (
    [unit_id] uniqueidentifier NOT NULL,
    [placement_id] uniqueidentifier NOT NULL,
    [learner_id] uniqueidentifier NOT NULL,
    [qualification_id] uniqueidentifier NOT NULL,
    [outcome] nvarchar(40) NOT NULL,
    [decided_at] datetime2 NOT NULL,
    CONSTRAINT [pk_unit_recognitions] PRIMARY KEY ([unit_id])
);

CREATE INDEX [ix_unit_recognitions_learner_id] ON [impact].[unit_recognitions] ([learner_id]);

ALTER TABLE [impact].[outcome_facts] ADD [unit_recognised] int NOT NULL DEFAULT 0;

INSERT INTO [impact].[__migrations_history] ([MigrationId], [ProductVersion])
VALUES (N'202612020002_UnitRecognitions', N'10.0.14');

COMMIT;
GO

-- Module: access
IF OBJECT_ID(N'[access].[__migrations_history]') IS NULL
BEGIN
    IF SCHEMA_ID(N'access') IS NULL EXEC(N'CREATE SCHEMA [access];');
    CREATE TABLE [access].[__migrations_history] (
        [MigrationId] nvarchar(150) NOT NULL,
        [ProductVersion] nvarchar(32) NOT NULL,
        CONSTRAINT [PK___migrations_history] PRIMARY KEY ([MigrationId])
    );
END;
GO

BEGIN TRANSACTION;
IF SCHEMA_ID(N'access') IS NULL EXEC(N'CREATE SCHEMA [access];');

CREATE TABLE [access].[outbox_messages] (
    [id] uniqueidentifier NOT NULL,
    [type] nvarchar(400) NOT NULL,
    [payload] nvarchar(max) NOT NULL,
    [occurred_at] datetime2 NOT NULL,
    [processed_at] datetime2 NULL,
    [attempts] int NOT NULL,
    [last_error] nvarchar(2000) NULL,
    CONSTRAINT [pk_outbox_messages] PRIMARY KEY ([id])
);

CREATE INDEX [ix_outbox_messages_processed_at_occurred_at] ON [access].[outbox_messages] ([processed_at], [occurred_at]);

CREATE TABLE [access].[inbox_messages] (
    [event_id] uniqueidentifier NOT NULL,
    [handler] nvarchar(300) NOT NULL,
    [processed_at] datetime2 NOT NULL,
    CONSTRAINT [pk_inbox_messages] PRIMARY KEY ([event_id], [handler])
);

CREATE TABLE [access].[users] (
    [id] uniqueidentifier NOT NULL,
    [created_at] datetime2 NOT NULL,
    [learner_id] uniqueidentifier NULL,
    [staff_member_id] uniqueidentifier NULL,
    [user_name] nvarchar(256) NOT NULL,
    [normalized_user_name] nvarchar(256) NOT NULL,
    [email] nvarchar(256) NOT NULL,
    [normalized_email] nvarchar(256) NOT NULL,
    [email_confirmed] bit NOT NULL,
    [password_hash] nvarchar(200) NULL,
    [security_stamp] nvarchar(64) NULL,
    [concurrency_stamp] nvarchar(64) NULL,
    [phone_number] nvarchar(40) NULL,
    [phone_number_confirmed] bit NOT NULL,
    [two_factor_enabled] bit NOT NULL,
    [lockout_end] datetime2 NULL,
    [lockout_enabled] bit NOT NULL,
    [access_failed_count] int NOT NULL,
    CONSTRAINT [pk_users] PRIMARY KEY ([id])
);

CREATE UNIQUE INDEX [ix_users_normalized_email] ON [access].[users] ([normalized_email]) WHERE [normalized_email] IS NOT NULL;

CREATE UNIQUE INDEX [ix_users_normalized_user_name] ON [access].[users] ([normalized_user_name]) WHERE [normalized_user_name] IS NOT NULL;

CREATE TABLE [access].[roles] (
    [id] uniqueidentifier NOT NULL,
    [name] nvarchar(256) NOT NULL,
    [normalized_name] nvarchar(256) NOT NULL,
    [concurrency_stamp] nvarchar(64) NULL,
    CONSTRAINT [pk_roles] PRIMARY KEY ([id])
);

CREATE UNIQUE INDEX [ix_roles_normalized_name] ON [access].[roles] ([normalized_name]) WHERE [normalized_name] IS NOT NULL;

IF EXISTS (SELECT * FROM [sys].[identity_columns] WHERE [name] IN (N'id', N'name', N'normalized_name', N'concurrency_stamp') AND [object_id] = OBJECT_ID(N'[access].[roles]'))
    SET IDENTITY_INSERT [access].[roles] ON;
INSERT INTO [access].[roles] ([id], [name], [normalized_name], [concurrency_stamp])
VALUES ('b9958fd2-0108-50d0-8347-002561f053aa', N'ConsortiumCoordinator', N'CONSORTIUMCOORDINATOR', N'b9958fd2-0108-50d0-8347-002561f053aa');
IF EXISTS (SELECT * FROM [sys].[identity_columns] WHERE [name] IN (N'id', N'name', N'normalized_name', N'concurrency_stamp') AND [object_id] = OBJECT_ID(N'[access].[roles]'))
    SET IDENTITY_INSERT [access].[roles] OFF;

IF EXISTS (SELECT * FROM [sys].[identity_columns] WHERE [name] IN (N'id', N'name', N'normalized_name', N'concurrency_stamp') AND [object_id] = OBJECT_ID(N'[access].[roles]'))
    SET IDENTITY_INSERT [access].[roles] ON;
INSERT INTO [access].[roles] ([id], [name], [normalized_name], [concurrency_stamp])
VALUES ('b91b91e9-203f-5449-9c10-f0d27231c9c8', N'SchoolStaff', N'SCHOOLSTAFF', N'b91b91e9-203f-5449-9c10-f0d27231c9c8');
IF EXISTS (SELECT * FROM [sys].[identity_columns] WHERE [name] IN (N'id', N'name', N'normalized_name', N'concurrency_stamp') AND [object_id] = OBJECT_ID(N'[access].[roles]'))
    SET IDENTITY_INSERT [access].[roles] OFF;

IF EXISTS (SELECT * FROM [sys].[identity_columns] WHERE [name] IN (N'id', N'name', N'normalized_name', N'concurrency_stamp') AND [object_id] = OBJECT_ID(N'[access].[roles]'))
    SET IDENTITY_INSERT [access].[roles] ON;
INSERT INTO [access].[roles] ([id], [name], [normalized_name], [concurrency_stamp])
VALUES ('681c08ed-51a0-51f0-9fa3-ee89df6acff3', N'HostTutor', N'HOSTTUTOR', N'681c08ed-51a0-51f0-9fa3-ee89df6acff3');
IF EXISTS (SELECT * FROM [sys].[identity_columns] WHERE [name] IN (N'id', N'name', N'normalized_name', N'concurrency_stamp') AND [object_id] = OBJECT_ID(N'[access].[roles]'))
    SET IDENTITY_INSERT [access].[roles] OFF;

IF EXISTS (SELECT * FROM [sys].[identity_columns] WHERE [name] IN (N'id', N'name', N'normalized_name', N'concurrency_stamp') AND [object_id] = OBJECT_ID(N'[access].[roles]'))
    SET IDENTITY_INSERT [access].[roles] ON;
INSERT INTO [access].[roles] ([id], [name], [normalized_name], [concurrency_stamp])
VALUES ('8e6633df-abe8-5d1a-b2fc-5ceb5ddf0b9b', N'Funder', N'FUNDER', N'8e6633df-abe8-5d1a-b2fc-5ceb5ddf0b9b');
IF EXISTS (SELECT * FROM [sys].[identity_columns] WHERE [name] IN (N'id', N'name', N'normalized_name', N'concurrency_stamp') AND [object_id] = OBJECT_ID(N'[access].[roles]'))
    SET IDENTITY_INSERT [access].[roles] OFF;

IF EXISTS (SELECT * FROM [sys].[identity_columns] WHERE [name] IN (N'id', N'name', N'normalized_name', N'concurrency_stamp') AND [object_id] = OBJECT_ID(N'[access].[roles]'))
    SET IDENTITY_INSERT [access].[roles] ON;
INSERT INTO [access].[roles] ([id], [name], [normalized_name], [concurrency_stamp])
VALUES ('4a122e57-4b0d-5f1e-ba1e-52d175e4b358', N'Learner', N'LEARNER', N'4a122e57-4b0d-5f1e-ba1e-52d175e4b358');
IF EXISTS (SELECT * FROM [sys].[identity_columns] WHERE [name] IN (N'id', N'name', N'normalized_name', N'concurrency_stamp') AND [object_id] = OBJECT_ID(N'[access].[roles]'))
    SET IDENTITY_INSERT [access].[roles] OFF;

CREATE TABLE [access].[user_roles] (
    [user_id] uniqueidentifier NOT NULL,
    [role_id] uniqueidentifier NOT NULL,
    CONSTRAINT [pk_user_roles] PRIMARY KEY ([user_id], [role_id]),
    CONSTRAINT [fk_user_roles_roles_role_id] FOREIGN KEY ([role_id]) REFERENCES [access].[roles] ([id]) ON DELETE CASCADE,
    CONSTRAINT [fk_user_roles_users_user_id] FOREIGN KEY ([user_id]) REFERENCES [access].[users] ([id]) ON DELETE CASCADE
);

CREATE INDEX [ix_user_roles_role_id] ON [access].[user_roles] ([role_id]);

CREATE TABLE [access].[memberships] (
    [user_id] uniqueidentifier NOT NULL,
    [kind] nvarchar(20) NOT NULL,
    [subject_id] uniqueidentifier NOT NULL,
    CONSTRAINT [pk_memberships] PRIMARY KEY ([user_id], [kind], [subject_id]),
    CONSTRAINT [fk_memberships_users_user_id] FOREIGN KEY ([user_id]) REFERENCES [access].[users] ([id]) ON DELETE CASCADE
);

CREATE INDEX [ix_memberships_kind_subject_id] ON [access].[memberships] ([kind], [subject_id]);

CREATE TABLE [access].[api_tokens] (
    [id] uniqueidentifier NOT NULL,
    [user_id] uniqueidentifier NOT NULL,
    [name] nvarchar(100) NOT NULL,
    [secret_hash] nvarchar(64) NOT NULL,
    [created_at] datetime2 NOT NULL,
    [expires_at] datetime2 NOT NULL,
    [revoked_at] datetime2 NULL,
    [last_used_at] datetime2 NULL,
    CONSTRAINT [pk_api_tokens] PRIMARY KEY ([id]),
    CONSTRAINT [fk_api_tokens_users_user_id] FOREIGN KEY ([user_id]) REFERENCES [access].[users] ([id]) ON DELETE CASCADE
);

CREATE UNIQUE INDEX [ix_api_tokens_secret_hash] ON [access].[api_tokens] ([secret_hash]) WHERE [secret_hash] IS NOT NULL;

CREATE INDEX [ix_api_tokens_user_id] ON [access].[api_tokens] ([user_id]);

CREATE TABLE [access].[data_protection_keys] (
    [id] uniqueidentifier NOT NULL,
    [friendly_name] nvarchar(200) NOT NULL,
    [xml] nvarchar(max) NOT NULL,
    CONSTRAINT [pk_data_protection_keys] PRIMARY KEY ([id])
);

INSERT INTO [access].[__migrations_history] ([MigrationId], [ProductVersion])
VALUES (N'202612010001_Initial', N'10.0.14');

COMMIT;
GO
