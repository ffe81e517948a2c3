using Microsoft.EntityFrameworkCore.Migrations;

namespace Mobility.Impact.Data.Migrations;

internal sealed partial class M0001_Initial
{
    private static void CreateOutcomes(MigrationBuilder m)
    {
        m.CreateTable(
            name: "surveys", schema: Schema,
            columns: t => new
            {
                id = t.Column<Guid>(nullable: false),
                placement_id = t.Column<Guid>(nullable: false),
                learner_id = t.Column<Guid>(nullable: false),
                language = t.Column<string>(maxLength: 2, nullable: false),
                status = t.Column<string>(maxLength: 20, nullable: false),
                sent_at = t.Column<DateTime>(nullable: false),
                reminders_sent = t.Column<int>(nullable: false),
                last_reminder_at = t.Column<DateTime>(nullable: true),
                answered_at = t.Column<DateTime>(nullable: true),
                satisfaction = t.Column<int>(nullable: true),
                language_skills_improved = t.Column<int>(nullable: true),
                self_confidence_improved = t.Column<int>(nullable: true),
                ready_to_go_again = t.Column<int>(nullable: true),
                open_answer = t.Column<string>(maxLength: 4000, nullable: true),
            },
            constraints: t => t.PrimaryKey("pk_surveys", x => x.id));
        m.CreateIndex(name: "ix_surveys_placement_id", schema: Schema, table: "surveys", column: "placement_id", unique: true);
        m.CreateIndex(name: "ix_surveys_learner_id", schema: Schema, table: "surveys", column: "learner_id");

        m.CreateTable(
            name: "language_assessments", schema: Schema,
            columns: t => new
            {
                id = t.Column<Guid>(nullable: false),
                placement_id = t.Column<Guid>(nullable: false),
                learner_id = t.Column<Guid>(nullable: false),
                language = t.Column<string>(maxLength: 2, nullable: false),
                skill = t.Column<string>(maxLength: 20, nullable: false),
                before = t.Column<int>(nullable: true),
                after = t.Column<int>(nullable: true),
                gain = t.Column<int>(nullable: true),
                updated_at = t.Column<DateTime>(nullable: false),
            },
            constraints: t => t.PrimaryKey("pk_language_assessments", x => x.id));
        m.CreateIndex(
            name: "ix_language_assessments_placement_id_language_skill", schema: Schema, table: "language_assessments",
            columns: ["placement_id", "language", "skill"], unique: true);
        m.CreateIndex(name: "ix_language_assessments_learner_id", schema: Schema, table: "language_assessments", column: "learner_id");

        m.CreateTable(
            name: "exam_results", schema: Schema,
            columns: t => new
            {
                id = t.Column<Guid>(nullable: false),
                learner_id = t.Column<Guid>(nullable: false),
                qualification_id = t.Column<Guid>(nullable: false),
                session = t.Column<string>(maxLength: 7, nullable: false),
                outcome = t.Column<string>(maxLength: 10, nullable: false),
                updated_at = t.Column<DateTime>(nullable: false),
            },
            constraints: t => t.PrimaryKey("pk_exam_results", x => x.id));
        m.CreateIndex(
            name: "ix_exam_results_learner_id_session", schema: Schema, table: "exam_results", columns: ["learner_id", "session"], unique: true);

        m.CreateTable(
            name: "career_outcomes", schema: Schema,
            columns: t => new
            {
                id = t.Column<Guid>(nullable: false),
                learner_id = t.Column<Guid>(nullable: false),
                kind = t.Column<string>(maxLength: 20, nullable: false),
                detail = t.Column<string>(maxLength: 300, nullable: true),
                on = t.Column<DateOnly>(nullable: false),
                updated_at = t.Column<DateTime>(nullable: false),
            },
            constraints: t => t.PrimaryKey("pk_career_outcomes", x => x.id));
        m.CreateIndex(
            name: "ix_career_outcomes_learner_id_kind", schema: Schema, table: "career_outcomes", columns: ["learner_id", "kind"], unique: true);

        m.CreateTable(
            name: "staff_outcomes", schema: Schema,
            columns: t => new
            {
                id = t.Column<Guid>(nullable: false),
                staff_member_id = t.Column<Guid>(nullable: false),
                organisation_id = t.Column<Guid>(nullable: false),
                kind = t.Column<string>(maxLength: 20, nullable: false),
                title = t.Column<string>(maxLength: 200, nullable: false),
                on = t.Column<DateOnly>(nullable: false),
            },
            constraints: t => t.PrimaryKey("pk_staff_outcomes", x => x.id));
        m.CreateIndex(
            name: "ix_staff_outcomes_staff_member_id_kind_title", schema: Schema, table: "staff_outcomes",
            columns: ["staff_member_id", "kind", "title"], unique: true);
        m.CreateIndex(name: "ix_staff_outcomes_organisation_id", schema: Schema, table: "staff_outcomes", column: "organisation_id");
    }
}
