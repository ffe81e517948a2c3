using Microsoft.EntityFrameworkCore.Migrations;

namespace Mobility.Placements.Data.Migrations;

internal sealed partial class M0001_Initial
{
    private static void CreateLearningAgreements(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "learning_agreement_versions",
            schema: Schema,
            columns: table => new
            {
                id = table.Column<Guid>(nullable: false),
                placement_id = table.Column<Guid>(nullable: false),
                version = table.Column<int>(nullable: false),
                revision_reason = table.Column<string>(maxLength: 1000, nullable: true),
                drafted_by = table.Column<string>(maxLength: 200, nullable: false),
                drafted_at = table.Column<DateTime>(nullable: false),
                participant_signed_by = table.Column<string>(maxLength: 200, nullable: true),
                participant_signed_at = table.Column<DateTime>(nullable: true),
                sending_school_signed_by = table.Column<string>(maxLength: 200, nullable: true),
                sending_school_signed_at = table.Column<DateTime>(nullable: true),
                host_signed_by = table.Column<string>(maxLength: 200, nullable: true),
                host_signed_at = table.Column<DateTime>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("pk_learning_agreement_versions", x => x.id);
                table.ForeignKey(
                    name: "fk_learning_agreement_versions_placements_placement_id", column: x => x.placement_id,
                    principalSchema: Schema, principalTable: "placements", principalColumn: "id",
                    onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex(
            name: "ix_learning_agreement_versions_placement_id_version", schema: Schema, table: "learning_agreement_versions",
            columns: ["placement_id", "version"], unique: true);

        migrationBuilder.CreateTable(
            name: "learning_objectives",
            schema: Schema,
            columns: table => new
            {
                learning_agreement_version_id = table.Column<Guid>(nullable: false),
                position = table.Column<int>(nullable: false),
                description = table.Column<string>(maxLength: 500, nullable: false),
                success_indicator = table.Column<string>(maxLength: 500, nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("pk_learning_objectives", x => new { x.learning_agreement_version_id, x.position });
                table.ForeignKey(
                    name: "fk_learning_objectives_learning_agreement_versions", column: x => x.learning_agreement_version_id,
                    principalSchema: Schema, principalTable: "learning_agreement_versions", principalColumn: "id",
                    onDelete: ReferentialAction.Cascade);
            });
    }

    private static void CreateFollowUps(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "follow_ups",
            schema: Schema,
            columns: table => new
            {
                id = table.Column<Guid>(nullable: false),
                placement_id = table.Column<Guid>(nullable: false),
                kind = table.Column<string>(maxLength: 20, nullable: false),
                held_on = table.Column<DateOnly>(nullable: false),
                held_by = table.Column<string>(maxLength: 200, nullable: false),
                with_sending_employer = table.Column<bool>(nullable: false),
                notes = table.Column<string>(maxLength: 4000, nullable: false),
                recorded_at = table.Column<DateTime>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("pk_follow_ups", x => x.id);
                table.ForeignKey(
                    name: "fk_follow_ups_placements_placement_id", column: x => x.placement_id,
                    principalSchema: Schema, principalTable: "placements", principalColumn: "id",
                    onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex(name: "ix_follow_ups_placement_id", schema: Schema, table: "follow_ups", column: "placement_id");
    }

    private static void CreateGrants(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "placement_grants",
            schema: Schema,
            columns: table => new
            {
                placement_id = table.Column<Guid>(nullable: false),
                call_year = table.Column<int>(nullable: false),
                currency = table.Column<string>(maxLength: 3, nullable: false),
                distance_km = table.Column<double>(nullable: false),
                green_travel = table.Column<bool>(nullable: false),
                travel_days = table.Column<int>(nullable: false),
                fewer_opportunities = table.Column<bool>(nullable: false),
                participant_number = table.Column<int>(nullable: false),
                total = table.Column<decimal>(precision: 18, scale: 2, nullable: false),
                computed_at = table.Column<DateTime>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("pk_placement_grants", x => x.placement_id);
                table.ForeignKey(
                    name: "fk_placement_grants_placements_placement_id", column: x => x.placement_id,
                    principalSchema: Schema, principalTable: "placements", principalColumn: "id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "placement_grant_lines",
            schema: Schema,
            columns: table => new
            {
                placement_id = table.Column<Guid>(nullable: false),
                position = table.Column<int>(nullable: false),
                category = table.Column<string>(maxLength: 30, nullable: false),
                basis = table.Column<string>(maxLength: 300, nullable: false),
                quantity = table.Column<decimal>(precision: 18, scale: 2, nullable: false),
                rate = table.Column<decimal>(precision: 18, scale: 2, nullable: false),
                amount = table.Column<decimal>(precision: 18, scale: 2, nullable: false),
                verified = table.Column<bool>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("pk_placement_grant_lines", x => new { x.placement_id, x.position });
                table.ForeignKey(
                    name: "fk_placement_grant_lines_placement_grants_placement_id", column: x => x.placement_id,
                    principalSchema: Schema, principalTable: "placement_grants", principalColumn: "placement_id",
                    onDelete: ReferentialAction.Cascade);
            });
    }
}
