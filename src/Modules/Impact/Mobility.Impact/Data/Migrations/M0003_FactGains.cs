using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Mobility.Impact.Data.Migrations;

/// <summary>
/// CEFR gains carried by the outcome facts (levels gained and assessments, per skill), so each breakdown is one GROUP
/// BY over the facts without a join to the assessments (bench/Mobility.Impact.Bench, docs/performance.md). Every
/// learner is marked so the next refresh fills the new columns.
/// </summary>
[DbContext(typeof(ImpactDbContext))]
[Migration("202612020001_FactGains")]
internal sealed class M0003_FactGains : Migration
{
    private const string Schema = ImpactModule.SchemaName;

    public static readonly string[] Skills = ["listening", "reading", "spoken_interaction", "spoken_production", "writing"];

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        foreach (var skill in Skills)
        {
            migrationBuilder.AddColumn<int>(name: $"{skill}_gain", schema: Schema, table: "outcome_facts", nullable: false, defaultValue: 0);
            migrationBuilder.AddColumn<int>(name: $"{skill}_assessed", schema: Schema, table: "outcome_facts", nullable: false, defaultValue: 0);
        }

        var table = migrationBuilder.ActiveProvider?.Contains("Sqlite", StringComparison.Ordinal) == true ? (Func<string, string>)(t => t) : t => $"{Schema}.{t}";
        migrationBuilder.Sql($"""
            INSERT INTO {table("pending_refreshes")} (learner_id, marked_at)
            SELECT DISTINCT p.learner_id, CURRENT_TIMESTAMP FROM {table("participations")} p
            WHERE NOT EXISTS (SELECT 1 FROM {table("pending_refreshes")} r WHERE r.learner_id = p.learner_id)
            """);
    }
}
