using Microsoft.EntityFrameworkCore.Migrations;

namespace Mobility.Impact.Data.Migrations;

internal sealed partial class M0001_Initial
{
    private static void CreateFacts(MigrationBuilder m)
    {
        m.CreateTable(
            name: "outcome_facts", schema: Schema,
            columns: t => new
            {
                placement_id = t.Column<Guid>(nullable: false),
                learner_id = t.Column<Guid>(nullable: false),
                consortium_id = t.Column<Guid>(nullable: true),
                organisation_id = t.Column<Guid>(nullable: false),
                academic_year = t.Column<string>(maxLength: 9, nullable: false),
                destination_country = t.Column<string>(maxLength: 2, nullable: false),
                sector = t.Column<string>(maxLength: 200, nullable: false),
                qualification_id = t.Column<Guid>(nullable: true),
                qualification_level = t.Column<string>(maxLength: 50, nullable: false),
                duration_band = t.Column<string>(maxLength: 30, nullable: false),
                gender = t.Column<string>(maxLength: 20, nullable: false),
                fewer_opportunities = t.Column<string>(maxLength: 10, nullable: false),
                latest_for_learner = t.Column<int>(nullable: false),
                survey_sent = t.Column<int>(nullable: false),
                survey_answered = t.Column<int>(nullable: false),
                satisfied = t.Column<int>(nullable: true),
                language_improved = t.Column<int>(nullable: true),
                self_confident = t.Column<int>(nullable: true),
                ready_again = t.Column<int>(nullable: true),
                exam_passed = t.Column<int>(nullable: true),
                job_offer = t.Column<int>(nullable: false),
                further_study = t.Column<int>(nullable: false),
                left_training = t.Column<int>(nullable: false),
            },
            constraints: t => t.PrimaryKey("pk_outcome_facts", x => x.placement_id));
        m.CreateIndex(name: "ix_outcome_facts_learner_id", schema: Schema, table: "outcome_facts", column: "learner_id");
        m.CreateIndex(
            name: "ix_outcome_facts_consortium_id_academic_year", schema: Schema, table: "outcome_facts",
            columns: ["consortium_id", "academic_year"]);
    }

    private static void CreateSnapshotsAndReports(MigrationBuilder m)
    {
        m.CreateTable(
            name: "snapshots", schema: Schema,
            columns: t => new
            {
                id = t.Column<Guid>(nullable: false),
                run_key = t.Column<string>(maxLength: 200, nullable: false),
                kind = t.Column<string>(maxLength: 20, nullable: false),
                parameters = t.Column<string>(maxLength: 4000, nullable: false),
                computed_at = t.Column<DateTime>(nullable: false),
                placements = t.Column<int>(nullable: false),
            },
            constraints: t => t.PrimaryKey("pk_snapshots", x => x.id));
        m.CreateIndex(name: "ix_snapshots_run_key", schema: Schema, table: "snapshots", column: "run_key", unique: true);

        m.CreateTable(
            name: "snapshot_figures", schema: Schema,
            columns: t => new
            {
                snapshot_id = t.Column<Guid>(nullable: false),
                ordinal = t.Column<int>(nullable: false),
                indicator = t.Column<string>(maxLength: 40, nullable: false),
                dimension = t.Column<string>(maxLength: 40, nullable: false),
                group = t.Column<string>(maxLength: 200, nullable: false),
                skill = t.Column<string>(maxLength: 20, nullable: true),
                numerator = t.Column<decimal>(precision: 18, scale: 4, nullable: true),
                denominator = t.Column<int>(nullable: true),
                value = t.Column<decimal>(precision: 18, scale: 4, nullable: true),
            },
            constraints: t =>
            {
                t.PrimaryKey("pk_snapshot_figures", x => new { x.snapshot_id, x.ordinal });
                t.ForeignKey(
                    name: "fk_snapshot_figures_snapshots_snapshot_id", column: x => x.snapshot_id, principalSchema: Schema,
                    principalTable: "snapshots", principalColumn: "id", onDelete: ReferentialAction.Cascade);
            });

        m.CreateTable(
            name: "reports", schema: Schema,
            columns: t => new
            {
                id = t.Column<Guid>(nullable: false),
                kind = t.Column<string>(maxLength: 20, nullable: false),
                consortium_id = t.Column<Guid>(nullable: true),
                academic_year = t.Column<string>(maxLength: 20, nullable: false),
                title = t.Column<string>(maxLength: 300, nullable: false),
                snapshot_id = t.Column<Guid>(nullable: false),
                generated_at = t.Column<DateTime>(nullable: false),
                html = t.Column<string>(nullable: false),
                csv = t.Column<string>(nullable: false),
                pdf = t.Column<byte[]>(nullable: true),
            },
            constraints: t => t.PrimaryKey("pk_reports", x => x.id));
        m.CreateIndex(
            name: "ix_reports_consortium_id_academic_year", schema: Schema, table: "reports", columns: ["consortium_id", "academic_year"]);
    }
}
