using Microsoft.EntityFrameworkCore.Migrations;

namespace Mobility.Enrolment.Data.Migrations;

internal sealed partial class M0001_Initial
{
    private static void CreateOrganisationsAndConsortia(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "organisations",
            schema: Schema,
            columns: table => new
            {
                id = table.Column<Guid>(nullable: false),
                name = table.Column<string>(maxLength: 300, nullable: false),
                kind = table.Column<string>(maxLength: 40, nullable: false),
                country = table.Column<string>(maxLength: 2, nullable: false),
                city = table.Column<string>(maxLength: 200, nullable: false),
                oid = table.Column<string>(maxLength: 9, nullable: true),
                erasmus_code = table.Column<string>(maxLength: 30, nullable: true),
                sectors = table.Column<List<string>>(nullable: false),
            },
            constraints: table => table.PrimaryKey("pk_organisations", x => x.id));
        migrationBuilder.CreateIndex(
            name: "ix_organisations_oid", schema: Schema, table: "organisations", column: "oid", unique: true);

        migrationBuilder.CreateTable(
            name: "consortia",
            schema: Schema,
            columns: table => new
            {
                id = table.Column<Guid>(nullable: false),
                name = table.Column<string>(maxLength: 300, nullable: false),
                project_reference = table.Column<string>(maxLength: 24, nullable: false),
                accreditation_number = table.Column<string>(maxLength: 30, nullable: true),
                starts_on = table.Column<DateOnly>(nullable: false),
                ends_on = table.Column<DateOnly>(nullable: false),
                coordinator_id = table.Column<Guid>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("pk_consortia", x => x.id);
                table.ForeignKey(
                    name: "fk_consortia_organisations_coordinator_id", column: x => x.coordinator_id,
                    principalSchema: Schema, principalTable: "organisations", principalColumn: "id",
                    onDelete: ReferentialAction.Restrict);
            });
        migrationBuilder.CreateIndex(
            name: "ix_consortia_coordinator_id", schema: Schema, table: "consortia", column: "coordinator_id");
        migrationBuilder.CreateIndex(
            name: "ix_consortia_project_reference", schema: Schema, table: "consortia", column: "project_reference", unique: true);

        migrationBuilder.CreateTable(
            name: "consortium_members",
            schema: Schema,
            columns: table => new
            {
                consortium_id = table.Column<Guid>(nullable: false),
                organisation_id = table.Column<Guid>(nullable: false),
                joined_on = table.Column<DateOnly>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("pk_consortium_members", x => new { x.consortium_id, x.organisation_id });
                table.ForeignKey(
                    name: "fk_consortium_members_consortia_consortium_id", column: x => x.consortium_id,
                    principalSchema: Schema, principalTable: "consortia", principalColumn: "id",
                    onDelete: ReferentialAction.Cascade);
                table.ForeignKey(
                    name: "fk_consortium_members_organisations_organisation_id", column: x => x.organisation_id,
                    principalSchema: Schema, principalTable: "organisations", principalColumn: "id",
                    onDelete: ReferentialAction.Restrict);
            });
        migrationBuilder.CreateIndex(
            name: "ix_consortium_members_organisation_id", schema: Schema, table: "consortium_members", column: "organisation_id");
    }
}
