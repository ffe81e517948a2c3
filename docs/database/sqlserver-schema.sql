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

INSERT INTO [enrolment].[__migrations_history] ([MigrationId], [ProductVersion])
VALUES (N'202611220001_Initial', N'10.0.14');

COMMIT;
GO
