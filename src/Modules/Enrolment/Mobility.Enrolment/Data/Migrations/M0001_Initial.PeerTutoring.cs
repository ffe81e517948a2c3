using Microsoft.EntityFrameworkCore.Migrations;

namespace Mobility.Enrolment.Data.Migrations;

internal sealed partial class M0001_Initial
{
    private static void CreatePeerTutoring(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "tutoring_teams",
            schema: Schema,
            columns: table => new
            {
                id = table.Column<Guid>(nullable: false),
                consortium_id = table.Column<Guid>(nullable: false),
                tutor_school_id = table.Column<Guid>(nullable: false),
                starts_on = table.Column<DateOnly>(nullable: false),
                ends_on = table.Column<DateOnly>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("pk_tutoring_teams", x => x.id);
                table.ForeignKey(
                    name: "fk_tutoring_teams_consortia_consortium_id", column: x => x.consortium_id,
                    principalSchema: Schema, principalTable: "consortia", principalColumn: "id",
                    onDelete: ReferentialAction.Restrict);
                table.ForeignKey(
                    name: "fk_tutoring_teams_organisations_tutor_school_id", column: x => x.tutor_school_id,
                    principalSchema: Schema, principalTable: "organisations", principalColumn: "id",
                    onDelete: ReferentialAction.Restrict);
            });
        migrationBuilder.CreateIndex(
            name: "ix_tutoring_teams_consortium_id", schema: Schema, table: "tutoring_teams", column: "consortium_id");
        migrationBuilder.CreateIndex(
            name: "ix_tutoring_teams_tutor_school_id", schema: Schema, table: "tutoring_teams", column: "tutor_school_id");

        migrationBuilder.CreateTable(
            name: "tutoring_newcomers",
            schema: Schema,
            columns: table => new
            {
                tutoring_team_id = table.Column<Guid>(nullable: false),
                school_id = table.Column<Guid>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("pk_tutoring_newcomers", x => new { x.tutoring_team_id, x.school_id });
                table.ForeignKey(
                    name: "fk_tutoring_newcomers_organisations_school_id", column: x => x.school_id,
                    principalSchema: Schema, principalTable: "organisations", principalColumn: "id",
                    onDelete: ReferentialAction.Restrict);
                table.ForeignKey(
                    name: "fk_tutoring_newcomers_tutoring_teams_tutoring_team_id", column: x => x.tutoring_team_id,
                    principalSchema: Schema, principalTable: "tutoring_teams", principalColumn: "id",
                    onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex(
            name: "ix_tutoring_newcomers_school_id", schema: Schema, table: "tutoring_newcomers", column: "school_id");

        migrationBuilder.CreateTable(
            name: "shared_practices",
            schema: Schema,
            columns: table => new
            {
                id = table.Column<Guid>(nullable: false),
                tutoring_team_id = table.Column<Guid>(nullable: false),
                noted_on = table.Column<DateOnly>(nullable: false),
                note = table.Column<string>(maxLength: 1000, nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("pk_shared_practices", x => x.id);
                table.ForeignKey(
                    name: "fk_shared_practices_tutoring_teams_tutoring_team_id", column: x => x.tutoring_team_id,
                    principalSchema: Schema, principalTable: "tutoring_teams", principalColumn: "id",
                    onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex(
            name: "ix_shared_practices_tutoring_team_id", schema: Schema, table: "shared_practices", column: "tutoring_team_id");
    }
}
