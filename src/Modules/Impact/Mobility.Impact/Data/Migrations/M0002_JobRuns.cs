using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Mobility.Impact.Data.Migrations;

/// <summary>The history of the module's job runs.</summary>
[DbContext(typeof(ImpactDbContext))]
[Migration("202611260001_JobRuns")]
internal sealed class M0002_JobRuns : Migration
{
    private const string Schema = ImpactModule.SchemaName;

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "job_runs", schema: Schema,
            columns: t => new
            {
                id = t.Column<string>(maxLength: 200, nullable: false),
                job = t.Column<string>(maxLength: 100, nullable: false),
                trigger = t.Column<string>(maxLength: 200, nullable: false),
                started_at = t.Column<DateTime>(nullable: false),
                finished_at = t.Column<DateTime>(nullable: true),
                outcome = t.Column<string>(maxLength: 20, nullable: false),
                error = t.Column<string>(maxLength: 2000, nullable: true),
            },
            constraints: t => t.PrimaryKey("pk_job_runs", x => x.id));
        migrationBuilder.CreateIndex(name: "ix_job_runs_job_started_at", schema: Schema, table: "job_runs", columns: ["job", "started_at"]);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
        => migrationBuilder.DropTable(name: "job_runs", schema: Schema);
}
