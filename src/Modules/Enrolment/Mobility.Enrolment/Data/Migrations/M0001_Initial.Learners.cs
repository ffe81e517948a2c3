using Microsoft.EntityFrameworkCore.Migrations;

namespace Mobility.Enrolment.Data.Migrations;

internal sealed partial class M0001_Initial
{
    private static void CreateLearners(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "learners",
            schema: Schema,
            columns: table => new
            {
                id = table.Column<Guid>(nullable: false),
                first_name = table.Column<string>(maxLength: 100, nullable: false),
                last_name = table.Column<string>(maxLength: 100, nullable: false),
                email = table.Column<string>(maxLength: 254, nullable: true),
                birth_date = table.Column<DateOnly>(nullable: false),
                gender = table.Column<string>(maxLength: 20, nullable: false),
                nationality = table.Column<string>(maxLength: 2, nullable: false),
                school_id = table.Column<Guid>(nullable: false),
                qualification_id = table.Column<Guid>(nullable: false),
                programme_year = table.Column<int>(nullable: false),
                guardian_consent_by = table.Column<string>(maxLength: 200, nullable: true),
                guardian_consent_at = table.Column<DateTime>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("pk_learners", x => x.id);
                table.ForeignKey(
                    name: "fk_learners_organisations_school_id", column: x => x.school_id,
                    principalSchema: Schema, principalTable: "organisations", principalColumn: "id",
                    onDelete: ReferentialAction.Restrict);
                table.ForeignKey(
                    name: "fk_learners_qualifications_qualification_id", column: x => x.qualification_id,
                    principalSchema: Schema, principalTable: "qualifications", principalColumn: "id",
                    onDelete: ReferentialAction.Restrict);
            });
        migrationBuilder.CreateIndex(
            name: "ix_learners_qualification_id", schema: Schema, table: "learners", column: "qualification_id");
        migrationBuilder.CreateIndex(name: "ix_learners_school_id", schema: Schema, table: "learners", column: "school_id");

        migrationBuilder.CreateTable(
            name: "learner_languages",
            schema: Schema,
            columns: table => new
            {
                learner_id = table.Column<Guid>(nullable: false),
                language = table.Column<string>(maxLength: 2, nullable: false),
                level = table.Column<string>(maxLength: 2, nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("pk_learner_languages", x => new { x.learner_id, x.language });
                table.ForeignKey(
                    name: "fk_learner_languages_learners_learner_id", column: x => x.learner_id,
                    principalSchema: Schema, principalTable: "learners", principalColumn: "id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "learner_sensitive_data",
            schema: Schema,
            columns: table => new
            {
                learner_id = table.Column<Guid>(nullable: false),
                fewer_opportunities = table.Column<bool>(nullable: false),
                special_needs = table.Column<bool>(nullable: false),
                recorded_at = table.Column<DateTime>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("pk_learner_sensitive_data", x => x.learner_id);
                table.ForeignKey(
                    name: "fk_learner_sensitive_data_learners_learner_id", column: x => x.learner_id,
                    principalSchema: Schema, principalTable: "learners", principalColumn: "id",
                    onDelete: ReferentialAction.Cascade);
            });
    }

    private static void CreateStaff(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "staff_members",
            schema: Schema,
            columns: table => new
            {
                id = table.Column<Guid>(nullable: false),
                first_name = table.Column<string>(maxLength: 100, nullable: false),
                last_name = table.Column<string>(maxLength: 100, nullable: false),
                email = table.Column<string>(maxLength: 254, nullable: false),
                role = table.Column<string>(maxLength: 40, nullable: false),
                organisation_id = table.Column<Guid>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("pk_staff_members", x => x.id);
                table.ForeignKey(
                    name: "fk_staff_members_organisations_organisation_id", column: x => x.organisation_id,
                    principalSchema: Schema, principalTable: "organisations", principalColumn: "id",
                    onDelete: ReferentialAction.Restrict);
            });
        migrationBuilder.CreateIndex(
            name: "ix_staff_members_organisation_id", schema: Schema, table: "staff_members", column: "organisation_id");
    }
}
