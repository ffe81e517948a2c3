using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Mobility.Access.Users;
using Mobility.BuildingBlocks.Persistence;

namespace Mobility.Access.Data.Migrations;

/// <summary>
/// Identity's users, roles (one per platform role) and user roles; memberships; API tokens; the data-protection key
/// ring (docs/adr/0013).
/// </summary>
[DbContext(typeof(AccessDbContext))]
[Migration("202612010001_Initial")]
internal sealed class M0001_Initial : Migration
{
    private const string Schema = AccessModule.SchemaName;

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        MessagingTables.Create(migrationBuilder, Schema);
        CreateUsersAndRoles(migrationBuilder);
        CreateMemberships(migrationBuilder);
        CreateApiTokens(migrationBuilder);
        migrationBuilder.CreateTable(
            name: "data_protection_keys",
            schema: Schema,
            columns: table => new
            {
                id = table.Column<Guid>(nullable: false),
                friendly_name = table.Column<string>(maxLength: 200, nullable: false),
                xml = table.Column<string>(nullable: false),
            },
            constraints: table => table.PrimaryKey("pk_data_protection_keys", x => x.id));
    }

    private static void CreateUsersAndRoles(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "users",
            schema: Schema,
            columns: table => new
            {
                id = table.Column<Guid>(nullable: false),
                created_at = table.Column<DateTime>(nullable: false),
                learner_id = table.Column<Guid>(nullable: true),
                staff_member_id = table.Column<Guid>(nullable: true),
                user_name = table.Column<string>(maxLength: 256, nullable: false),
                normalized_user_name = table.Column<string>(maxLength: 256, nullable: false),
                email = table.Column<string>(maxLength: 256, nullable: false),
                normalized_email = table.Column<string>(maxLength: 256, nullable: false),
                email_confirmed = table.Column<bool>(nullable: false),
                password_hash = table.Column<string>(maxLength: 200, nullable: true),
                security_stamp = table.Column<string>(maxLength: 64, nullable: true),
                concurrency_stamp = table.Column<string>(maxLength: 64, nullable: true),
                phone_number = table.Column<string>(maxLength: 40, nullable: true),
                phone_number_confirmed = table.Column<bool>(nullable: false),
                two_factor_enabled = table.Column<bool>(nullable: false),
                lockout_end = table.Column<DateTime>(nullable: true),
                lockout_enabled = table.Column<bool>(nullable: false),
                access_failed_count = table.Column<int>(nullable: false),
            },
            constraints: table => table.PrimaryKey("pk_users", x => x.id));
        migrationBuilder.CreateIndex(name: "ix_users_normalized_email", schema: Schema, table: "users", column: "normalized_email", unique: true);
        migrationBuilder.CreateIndex(name: "ix_users_normalized_user_name", schema: Schema, table: "users", column: "normalized_user_name", unique: true);

        migrationBuilder.CreateTable(
            name: "roles",
            schema: Schema,
            columns: table => new
            {
                id = table.Column<Guid>(nullable: false),
                name = table.Column<string>(maxLength: 256, nullable: false),
                normalized_name = table.Column<string>(maxLength: 256, nullable: false),
                concurrency_stamp = table.Column<string>(maxLength: 64, nullable: true),
            },
            constraints: table => table.PrimaryKey("pk_roles", x => x.id));
        migrationBuilder.CreateIndex(name: "ix_roles_normalized_name", schema: Schema, table: "roles", column: "normalized_name", unique: true);
        InsertRoles(migrationBuilder);

        migrationBuilder.CreateTable(
            name: "user_roles",
            schema: Schema,
            columns: table => new
            {
                user_id = table.Column<Guid>(nullable: false),
                role_id = table.Column<Guid>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("pk_user_roles", x => new { x.user_id, x.role_id });
                table.ForeignKey(
                    name: "fk_user_roles_roles_role_id", column: x => x.role_id, principalSchema: Schema, principalTable: "roles",
                    principalColumn: "id", onDelete: ReferentialAction.Cascade);
                table.ForeignKey(
                    name: "fk_user_roles_users_user_id", column: x => x.user_id, principalSchema: Schema, principalTable: "users",
                    principalColumn: "id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex(name: "ix_user_roles_role_id", schema: Schema, table: "user_roles", column: "role_id");
    }

    /// <summary>
    /// One row per platform role. A hand-written migration has no target model to take column types from, so the
    /// insert names them: the only provider-specific lines of the migration.
    /// </summary>
    private static void InsertRoles(MigrationBuilder migrationBuilder)
    {
        string[] types = migrationBuilder.ActiveProvider switch
        {
            "Microsoft.EntityFrameworkCore.Sqlite" => ["TEXT", "TEXT", "TEXT", "TEXT"],
            "Npgsql.EntityFrameworkCore.PostgreSQL" => ["uuid", "character varying(256)", "character varying(256)", "character varying(64)"],
            _ => ["uniqueidentifier", "nvarchar(256)", "nvarchar(256)", "nvarchar(64)"],
        };
        foreach (var role in AccessRole.All)
        {
            migrationBuilder.InsertData(
                schema: Schema, table: "roles", columns: ["id", "name", "normalized_name", "concurrency_stamp"], columnTypes: types,
                values: new object[] { role.Id, role.Name!, role.NormalizedName!, role.ConcurrencyStamp! });
        }
    }

    private static void CreateMemberships(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "memberships",
            schema: Schema,
            columns: table => new
            {
                user_id = table.Column<Guid>(nullable: false),
                kind = table.Column<string>(maxLength: 20, nullable: false),
                subject_id = table.Column<Guid>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("pk_memberships", x => new { x.user_id, x.kind, x.subject_id });
                table.ForeignKey(
                    name: "fk_memberships_users_user_id", column: x => x.user_id, principalSchema: Schema, principalTable: "users",
                    principalColumn: "id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex(name: "ix_memberships_kind_subject_id", schema: Schema, table: "memberships", columns: ["kind", "subject_id"]);
    }

    private static void CreateApiTokens(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "api_tokens",
            schema: Schema,
            columns: table => new
            {
                id = table.Column<Guid>(nullable: false),
                user_id = table.Column<Guid>(nullable: false),
                name = table.Column<string>(maxLength: 100, nullable: false),
                secret_hash = table.Column<string>(maxLength: 64, nullable: false),
                created_at = table.Column<DateTime>(nullable: false),
                expires_at = table.Column<DateTime>(nullable: false),
                revoked_at = table.Column<DateTime>(nullable: true),
                last_used_at = table.Column<DateTime>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("pk_api_tokens", x => x.id);
                table.ForeignKey(
                    name: "fk_api_tokens_users_user_id", column: x => x.user_id, principalSchema: Schema, principalTable: "users",
                    principalColumn: "id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex(name: "ix_api_tokens_secret_hash", schema: Schema, table: "api_tokens", column: "secret_hash", unique: true);
        migrationBuilder.CreateIndex(name: "ix_api_tokens_user_id", schema: Schema, table: "api_tokens", column: "user_id");
    }
}
