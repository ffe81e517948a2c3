using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Mobility.Impact.Data.Migrations;

/// <summary>Units of learning outcomes recognised (Recognition's events), and the facts' "unit recognised" outcome.</summary>
[DbContext(typeof(ImpactDbContext))]
[Migration("202612020002_UnitRecognitions")]
internal sealed class M0004_UnitRecognitions : Migration
{
    private const string Schema = ImpactModule.SchemaName;

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "unit_recognitions", schema: Schema,
            columns: t => new
            {
                unit_id = t.Column<Guid>(nullable: false),
                placement_id = t.Column<Guid>(nullable: false),
                learner_id = t.Column<Guid>(nullable: false),
                qualification_id = t.Column<Guid>(nullable: false),
                outcome = t.Column<string>(maxLength: 40, nullable: false),
                decided_at = t.Column<DateTime>(nullable: false),
            },
            constraints: t => t.PrimaryKey("pk_unit_recognitions", x => x.unit_id));
        migrationBuilder.CreateIndex(name: "ix_unit_recognitions_learner_id", schema: Schema, table: "unit_recognitions", column: "learner_id");
        migrationBuilder.AddColumn<int>(name: "unit_recognised", schema: Schema, table: "outcome_facts", nullable: false, defaultValue: 0);
    }
}
