using Microsoft.EntityFrameworkCore.Migrations;

namespace Mobility.Placements.Data.Migrations;

internal sealed partial class M0001_Initial
{
    private static void CreatePlacements(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "placements",
            schema: Schema,
            columns: table => new
            {
                id = table.Column<Guid>(nullable: false),
                kind = table.Column<string>(maxLength: 30, nullable: false),
                direction = table.Column<string>(maxLength: 10, nullable: false),
                status = table.Column<string>(maxLength: 20, nullable: false),
                call_year = table.Column<int>(nullable: false),
                learner_id = table.Column<Guid>(nullable: true),
                staff_member_id = table.Column<Guid>(nullable: true),
                selection_application_id = table.Column<Guid>(nullable: true),
                incoming_participant_name = table.Column<string>(maxLength: 200, nullable: true),
                incoming_home_organisation = table.Column<string>(maxLength: 300, nullable: true),
                sending_organisation_id = table.Column<Guid>(nullable: true),
                host_organisation_id = table.Column<Guid>(nullable: true),
                host_school_id = table.Column<Guid>(nullable: true),
                placement_group_id = table.Column<Guid>(nullable: true),
                starts_on = table.Column<DateOnly>(nullable: false),
                ends_on = table.Column<DateOnly>(nullable: false),
                duration_days = table.Column<int>(nullable: false),
                origin_city = table.Column<string>(maxLength: 200, nullable: false),
                origin_country = table.Column<string>(maxLength: 2, nullable: false),
                origin_latitude = table.Column<double>(nullable: false),
                origin_longitude = table.Column<double>(nullable: false),
                destination_city = table.Column<string>(maxLength: 200, nullable: false),
                destination_country = table.Column<string>(maxLength: 2, nullable: false),
                destination_latitude = table.Column<double>(nullable: false),
                destination_longitude = table.Column<double>(nullable: false),
                host_tutor_name = table.Column<string>(maxLength: 200, nullable: true),
                host_tutor_email = table.Column<string>(maxLength: 254, nullable: true),
                host_tutor_position = table.Column<string>(maxLength: 200, nullable: true),
                host_tutor_appointed_at = table.Column<DateTime>(nullable: true),
                planned_at = table.Column<DateTime>(nullable: false),
                confirmed_at = table.Column<DateTime>(nullable: true),
                started_at = table.Column<DateTime>(nullable: true),
                closed_at = table.Column<DateTime>(nullable: true),
                interrupted_on = table.Column<DateOnly>(nullable: true),
                closing_reason = table.Column<string>(maxLength: 1000, nullable: true),
                force_majeure = table.Column<bool>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("pk_placements", x => x.id);
                table.ForeignKey(
                    name: "fk_placements_host_organisations_host_organisation_id", column: x => x.host_organisation_id,
                    principalSchema: Schema, principalTable: "host_organisations", principalColumn: "id",
                    onDelete: ReferentialAction.Restrict);
                table.ForeignKey(
                    name: "fk_placements_placement_groups_placement_group_id", column: x => x.placement_group_id,
                    principalSchema: Schema, principalTable: "placement_groups", principalColumn: "id",
                    onDelete: ReferentialAction.Restrict);
            });
        migrationBuilder.CreateIndex(
            name: "ix_placements_call_year_planned_at", schema: Schema, table: "placements", columns: ["call_year", "planned_at"]);
        migrationBuilder.CreateIndex(
            name: "ix_placements_host_organisation_id", schema: Schema, table: "placements", column: "host_organisation_id");
        migrationBuilder.CreateIndex(name: "ix_placements_learner_id", schema: Schema, table: "placements", column: "learner_id");
        migrationBuilder.CreateIndex(
            name: "ix_placements_placement_group_id", schema: Schema, table: "placements", column: "placement_group_id");
        migrationBuilder.CreateIndex(
            name: "ix_placements_selection_application_id", schema: Schema, table: "placements", column: "selection_application_id");
        migrationBuilder.CreateIndex(name: "ix_placements_staff_member_id", schema: Schema, table: "placements", column: "staff_member_id");
    }
}
