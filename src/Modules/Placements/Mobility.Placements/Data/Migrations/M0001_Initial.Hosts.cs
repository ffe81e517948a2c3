using Microsoft.EntityFrameworkCore.Migrations;

namespace Mobility.Placements.Data.Migrations;

internal sealed partial class M0001_Initial
{
    private static void CreateHostsAndSendingCompanies(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "host_organisations",
            schema: Schema,
            columns: table => new
            {
                id = table.Column<Guid>(nullable: false),
                name = table.Column<string>(maxLength: 300, nullable: false),
                kind = table.Column<string>(maxLength: 20, nullable: false),
                country = table.Column<string>(maxLength: 2, nullable: false),
                city = table.Column<string>(maxLength: 200, nullable: false),
                latitude = table.Column<double>(nullable: false),
                longitude = table.Column<double>(nullable: false),
                sector = table.Column<string>(maxLength: 100, nullable: false),
                contact_name = table.Column<string>(maxLength: 200, nullable: false),
                contact_email = table.Column<string>(maxLength: 254, nullable: false),
                contact_phone = table.Column<string>(maxLength: 40, nullable: true),
            },
            constraints: table => table.PrimaryKey("pk_host_organisations", x => x.id));
        migrationBuilder.CreateIndex(name: "ix_host_organisations_country", schema: Schema, table: "host_organisations", column: "country");

        migrationBuilder.CreateTable(
            name: "sending_companies",
            schema: Schema,
            columns: table => new
            {
                id = table.Column<Guid>(nullable: false),
                learner_id = table.Column<Guid>(nullable: false),
                name = table.Column<string>(maxLength: 300, nullable: false),
                city = table.Column<string>(maxLength: 200, nullable: false),
                contact_name = table.Column<string>(maxLength: 200, nullable: false),
                contact_email = table.Column<string>(maxLength: 254, nullable: false),
                contract_signed_on = table.Column<DateOnly>(nullable: false),
                informed_on = table.Column<DateOnly>(nullable: true),
                agreement = table.Column<string>(maxLength: 20, nullable: false),
                agreement_decided_on = table.Column<DateOnly>(nullable: true),
                agreement_note = table.Column<string>(maxLength: 1000, nullable: true),
            },
            constraints: table => table.PrimaryKey("pk_sending_companies", x => x.id));
        migrationBuilder.CreateIndex(
            name: "ix_sending_companies_learner_id", schema: Schema, table: "sending_companies", column: "learner_id", unique: true);
    }

    private static void CreateSelectedLearners(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "selected_learners",
            schema: Schema,
            columns: table => new
            {
                application_id = table.Column<Guid>(nullable: false),
                learner_id = table.Column<Guid>(nullable: false),
                call_id = table.Column<Guid>(nullable: false),
                school_id = table.Column<Guid>(nullable: false),
                mobility_starts_on = table.Column<DateOnly>(nullable: false),
                mobility_ends_on = table.Column<DateOnly>(nullable: false),
                selected_at = table.Column<DateTime>(nullable: false),
                withdrawn_at = table.Column<DateTime>(nullable: true),
            },
            constraints: table => table.PrimaryKey("pk_selected_learners", x => x.application_id));
        migrationBuilder.CreateIndex(name: "ix_selected_learners_learner_id", schema: Schema, table: "selected_learners", column: "learner_id");
    }

    private static void CreatePlacementGroups(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "placement_groups",
            schema: Schema,
            columns: table => new
            {
                id = table.Column<Guid>(nullable: false),
                name = table.Column<string>(maxLength: 200, nullable: false),
                call_year = table.Column<int>(nullable: false),
                sending_organisation_id = table.Column<Guid>(nullable: false),
                host_organisation_id = table.Column<Guid>(nullable: false),
                starts_on = table.Column<DateOnly>(nullable: false),
                ends_on = table.Column<DateOnly>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("pk_placement_groups", x => x.id);
                table.ForeignKey(
                    name: "fk_placement_groups_host_organisations_host_organisation_id", column: x => x.host_organisation_id,
                    principalSchema: Schema, principalTable: "host_organisations", principalColumn: "id",
                    onDelete: ReferentialAction.Restrict);
            });
        migrationBuilder.CreateIndex(
            name: "ix_placement_groups_host_organisation_id", schema: Schema, table: "placement_groups", column: "host_organisation_id");

        migrationBuilder.CreateTable(
            name: "accompanying_persons",
            schema: Schema,
            columns: table => new
            {
                placement_group_id = table.Column<Guid>(nullable: false),
                staff_member_id = table.Column<Guid>(nullable: false),
                is_lead = table.Column<bool>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("pk_accompanying_persons", x => new { x.placement_group_id, x.staff_member_id });
                table.ForeignKey(
                    name: "fk_accompanying_persons_placement_groups_placement_group_id", column: x => x.placement_group_id,
                    principalSchema: Schema, principalTable: "placement_groups", principalColumn: "id",
                    onDelete: ReferentialAction.Cascade);
            });
    }
}
