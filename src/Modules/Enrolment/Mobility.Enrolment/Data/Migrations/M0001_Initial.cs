using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Mobility.BuildingBlocks.Persistence;

namespace Mobility.Enrolment.Data.Migrations;

[DbContext(typeof(EnrolmentDbContext))]
[Migration("202611220001_Initial")]
internal sealed class M0001_Initial : Migration
{
    private const string Schema = EnrolmentModule.SchemaName;

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        MessagingTables.Create(migrationBuilder, Schema);
        migrationBuilder.CreateTable(
            name: "organisations",
            schema: Schema,
            columns: table => new
            {
                id = table.Column<Guid>(nullable: false),
                name = table.Column<string>(maxLength: 300, nullable: false),
                kind = table.Column<string>(maxLength: 40, nullable: false),
                country = table.Column<string>(maxLength: 2, nullable: false),
                city = table.Column<string>(maxLength: 200, nullable: false),
                oid = table.Column<string>(maxLength: 9, nullable: true),
                erasmus_code = table.Column<string>(maxLength: 30, nullable: true),
                sectors = table.Column<List<string>>(nullable: false),
            },
            constraints: table => table.PrimaryKey("pk_organisations", x => x.id));
        migrationBuilder.CreateIndex(
            name: "ix_organisations_oid", schema: Schema, table: "organisations", column: "oid", unique: true);
    }
}
