using Microsoft.EntityFrameworkCore.Migrations;

namespace Mobility.Enrolment.Data.Migrations;

internal sealed partial class M0001_Initial
{
    private static void CreateQualifications(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "qualifications",
            schema: Schema,
            columns: table => new
            {
                id = table.Column<Guid>(nullable: false),
                national_name = table.Column<string>(maxLength: 300, nullable: false),
                national_level = table.Column<string>(maxLength: 40, nullable: false),
                country = table.Column<string>(maxLength: 2, nullable: false),
                eqf_level = table.Column<int>(nullable: false),
                isced_field = table.Column<string>(maxLength: 4, nullable: false),
            },
            constraints: table => table.PrimaryKey("pk_qualifications", x => x.id));
        migrationBuilder.CreateIndex(
            name: "ix_qualifications_country_national_name", schema: Schema, table: "qualifications",
            columns: ["country", "national_name"], unique: true);

        migrationBuilder.CreateTable(
            name: "qualification_units",
            schema: Schema,
            columns: table => new
            {
                id = table.Column<Guid>(nullable: false),
                qualification_id = table.Column<Guid>(nullable: false),
                code = table.Column<string>(maxLength: 20, nullable: false),
                title = table.Column<string>(maxLength: 300, nullable: false),
                is_optional = table.Column<bool>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("pk_qualification_units", x => x.id);
                table.ForeignKey(
                    name: "fk_qualification_units_qualifications_qualification_id", column: x => x.qualification_id,
                    principalSchema: Schema, principalTable: "qualifications", principalColumn: "id",
                    onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex(
            name: "ix_qualification_units_qualification_id_code", schema: Schema, table: "qualification_units",
            columns: ["qualification_id", "code"], unique: true);
    }
}
