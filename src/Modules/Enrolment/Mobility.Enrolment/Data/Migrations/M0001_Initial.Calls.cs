using Microsoft.EntityFrameworkCore.Migrations;

namespace Mobility.Enrolment.Data.Migrations;

internal sealed partial class M0001_Initial
{
    private static void CreateCalls(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "mobility_calls",
            schema: Schema,
            columns: table => new
            {
                id = table.Column<Guid>(nullable: false),
                consortium_id = table.Column<Guid>(nullable: false),
                title = table.Column<string>(maxLength: 300, nullable: false),
                applications_open_on = table.Column<DateOnly>(nullable: false),
                applications_close_on = table.Column<DateOnly>(nullable: false),
                mobility_starts_on = table.Column<DateOnly>(nullable: false),
                mobility_ends_on = table.Column<DateOnly>(nullable: false),
                places = table.Column<int>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("pk_mobility_calls", x => x.id);
                table.ForeignKey(
                    name: "fk_mobility_calls_consortia_consortium_id", column: x => x.consortium_id,
                    principalSchema: Schema, principalTable: "consortia", principalColumn: "id",
                    onDelete: ReferentialAction.Restrict);
            });
        migrationBuilder.CreateIndex(
            name: "ix_mobility_calls_consortium_id", schema: Schema, table: "mobility_calls", column: "consortium_id");

        migrationBuilder.CreateTable(
            name: "selection_criteria",
            schema: Schema,
            columns: table => new
            {
                id = table.Column<Guid>(nullable: false),
                mobility_call_id = table.Column<Guid>(nullable: false),
                name = table.Column<string>(maxLength: 100, nullable: false),
                weight = table.Column<int>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("pk_selection_criteria", x => x.id);
                table.ForeignKey(
                    name: "fk_selection_criteria_mobility_calls_mobility_call_id", column: x => x.mobility_call_id,
                    principalSchema: Schema, principalTable: "mobility_calls", principalColumn: "id",
                    onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex(
            name: "ix_selection_criteria_mobility_call_id_name", schema: Schema, table: "selection_criteria",
            columns: ["mobility_call_id", "name"], unique: true);
    }

    private static void CreateApplications(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "applications",
            schema: Schema,
            columns: table => new
            {
                id = table.Column<Guid>(nullable: false),
                mobility_call_id = table.Column<Guid>(nullable: false),
                learner_id = table.Column<Guid>(nullable: false),
                status = table.Column<string>(maxLength: 20, nullable: false),
                submitted_at = table.Column<DateTime>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("pk_applications", x => x.id);
                table.ForeignKey(
                    name: "fk_applications_learners_learner_id", column: x => x.learner_id,
                    principalSchema: Schema, principalTable: "learners", principalColumn: "id",
                    onDelete: ReferentialAction.Restrict);
                table.ForeignKey(
                    name: "fk_applications_mobility_calls_mobility_call_id", column: x => x.mobility_call_id,
                    principalSchema: Schema, principalTable: "mobility_calls", principalColumn: "id",
                    onDelete: ReferentialAction.Restrict);
            });
        migrationBuilder.CreateIndex(name: "ix_applications_learner_id", schema: Schema, table: "applications", column: "learner_id");
        migrationBuilder.CreateIndex(
            name: "ix_applications_mobility_call_id_learner_id", schema: Schema, table: "applications",
            columns: ["mobility_call_id", "learner_id"], unique: true);

        migrationBuilder.CreateTable(
            name: "criterion_scores",
            schema: Schema,
            columns: table => new
            {
                application_id = table.Column<Guid>(nullable: false),
                selection_criterion_id = table.Column<Guid>(nullable: false),
                score = table.Column<int>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("pk_criterion_scores", x => new { x.application_id, x.selection_criterion_id });
                table.ForeignKey(
                    name: "fk_criterion_scores_applications_application_id", column: x => x.application_id,
                    principalSchema: Schema, principalTable: "applications", principalColumn: "id",
                    onDelete: ReferentialAction.Cascade);
                table.ForeignKey(
                    name: "fk_criterion_scores_selection_criteria_selection_criterion_id", column: x => x.selection_criterion_id,
                    principalSchema: Schema, principalTable: "selection_criteria", principalColumn: "id",
                    onDelete: ReferentialAction.Restrict);
            });
        migrationBuilder.CreateIndex(
            name: "ix_criterion_scores_selection_criterion_id", schema: Schema, table: "criterion_scores",
            column: "selection_criterion_id");

        migrationBuilder.CreateTable(
            name: "application_status_changes",
            schema: Schema,
            columns: table => new
            {
                application_id = table.Column<Guid>(nullable: false),
                sequence = table.Column<int>(nullable: false),
                from_status = table.Column<string>(maxLength: 20, nullable: true),
                to_status = table.Column<string>(maxLength: 20, nullable: false),
                reason = table.Column<string>(maxLength: 1000, nullable: false),
                author = table.Column<string>(maxLength: 200, nullable: false),
                changed_at = table.Column<DateTime>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("pk_application_status_changes", x => new { x.application_id, x.sequence });
                table.ForeignKey(
                    name: "fk_application_status_changes_applications_application_id", column: x => x.application_id,
                    principalSchema: Schema, principalTable: "applications", principalColumn: "id",
                    onDelete: ReferentialAction.Cascade);
            });
    }
}
