using Microsoft.EntityFrameworkCore.Migrations;

namespace Mobility.BuildingBlocks.Persistence;

/// <summary>The outbox and inbox tables every module's first migration creates in its own schema.</summary>
public static class MessagingTables
{
    public static void Create(MigrationBuilder migrationBuilder, string schema)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.EnsureSchema(schema);
        migrationBuilder.CreateTable(
            name: "outbox_messages",
            schema: schema,
            columns: table => new
            {
                id = table.Column<Guid>(nullable: false),
                type = table.Column<string>(maxLength: 400, nullable: false),
                payload = table.Column<string>(nullable: false),
                occurred_at = table.Column<DateTime>(nullable: false),
                processed_at = table.Column<DateTime>(nullable: true),
                attempts = table.Column<int>(nullable: false),
                last_error = table.Column<string>(maxLength: 2000, nullable: true),
            },
            constraints: table => table.PrimaryKey("pk_outbox_messages", x => x.id));
        migrationBuilder.CreateIndex(
            name: "ix_outbox_messages_processed_at_occurred_at",
            schema: schema,
            table: "outbox_messages",
            columns: ["processed_at", "occurred_at"]);

        migrationBuilder.CreateTable(
            name: "inbox_messages",
            schema: schema,
            columns: table => new
            {
                event_id = table.Column<Guid>(nullable: false),
                handler = table.Column<string>(maxLength: 300, nullable: false),
                processed_at = table.Column<DateTime>(nullable: false),
            },
            constraints: table => table.PrimaryKey("pk_inbox_messages", x => new { x.event_id, x.handler }));
    }
}
