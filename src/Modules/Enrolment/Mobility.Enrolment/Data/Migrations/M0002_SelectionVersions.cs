using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Mobility.Enrolment.Data.Migrations;

/// <summary>
/// Concurrency tokens on learners and calls, changed by every selection, so two selections decided at once cannot
/// both pass the places and overlapping-call checks.
/// </summary>
[DbContext(typeof(EnrolmentDbContext))]
[Migration("202611230001_SelectionVersions")]
internal sealed class M0002_SelectionVersions : Migration
{
    private const string Schema = EnrolmentModule.SchemaName;

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<int>(name: "selection_version", schema: Schema, table: "learners", nullable: false, defaultValue: 0);
        migrationBuilder.AddColumn<int>(name: "selection_version", schema: Schema, table: "mobility_calls", nullable: false, defaultValue: 0);
    }
}
