using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Mobility.BuildingBlocks.Persistence;

namespace Mobility.Impact.Data.Migrations;

/// <summary>Read models from Enrolment and Placements, outcome data, the outcome facts, snapshots and reports.</summary>
[DbContext(typeof(ImpactDbContext))]
[Migration("202611250001_Initial")]
internal sealed partial class M0001_Initial : Migration
{
    private const string Schema = ImpactModule.SchemaName;

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        MessagingTables.Create(migrationBuilder, Schema);
        CreateReadModels(migrationBuilder);
        CreateOutcomes(migrationBuilder);
        CreateFacts(migrationBuilder);
        CreateSnapshotsAndReports(migrationBuilder);
    }

    private static void CreateReadModels(MigrationBuilder m)
    {
        m.CreateTable(
            name: "learner_profiles", schema: Schema,
            columns: t => new
            {
                learner_id = t.Column<Guid>(nullable: false),
                school_id = t.Column<Guid>(nullable: false),
                consortium_id = t.Column<Guid>(nullable: true),
                qualification_id = t.Column<Guid>(nullable: false),
                qualification_name = t.Column<string>(maxLength: 300, nullable: false),
                qualification_level = t.Column<string>(maxLength: 50, nullable: false),
                eqf_level = t.Column<int>(nullable: false),
                gender = t.Column<string>(maxLength: 20, nullable: false),
                fewer_opportunities = t.Column<string>(maxLength: 10, nullable: false),
                updated_at = t.Column<DateTime>(nullable: false),
                consortium_selected_at = t.Column<DateTime>(nullable: true),
                flags_recorded_at = t.Column<DateTime>(nullable: true),
            },
            constraints: t => t.PrimaryKey("pk_learner_profiles", x => x.learner_id));

        m.CreateTable(
            name: "participations", schema: Schema,
            columns: t => new
            {
                placement_id = t.Column<Guid>(nullable: false),
                learner_id = t.Column<Guid>(nullable: false),
                sending_organisation_id = t.Column<Guid>(nullable: true),
                call_year = t.Column<int>(nullable: false),
                starts_on = t.Column<DateOnly>(nullable: false),
                ends_on = t.Column<DateOnly>(nullable: false),
                duration_days = t.Column<int>(nullable: false),
                destination_country = t.Column<string>(maxLength: 2, nullable: false),
                sector = t.Column<string>(maxLength: 200, nullable: false),
                kind = t.Column<string>(maxLength: 30, nullable: false),
                completed_at = t.Column<DateTime>(nullable: false),
                academic_year = t.Column<string>(maxLength: 9, nullable: false),
                duration_band = t.Column<string>(maxLength: 30, nullable: false),
            },
            constraints: t => t.PrimaryKey("pk_participations", x => x.placement_id));
        m.CreateIndex(name: "ix_participations_learner_id", schema: Schema, table: "participations", column: "learner_id");

        m.CreateTable(
            name: "pending_refreshes", schema: Schema,
            columns: t => new
            {
                learner_id = t.Column<Guid>(nullable: false),
                marked_at = t.Column<DateTime>(nullable: false),
            },
            constraints: t => t.PrimaryKey("pk_pending_refreshes", x => x.learner_id));
    }
}
