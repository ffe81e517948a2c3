using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Mobility.Placements.Data.Migrations;

/// <summary>The Erasmus+ mobility open data: organisations, anonymous participants and mobilities (docs/adr/0011).</summary>
[DbContext(typeof(PlacementsDbContext))]
[Migration("202611240001_OpenData")]
internal sealed class M0002_OpenData : Migration
{
    private const string Schema = PlacementsModule.SchemaName;

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "open_data_organisations",
            schema: Schema,
            columns: table => new
            {
                id = table.Column<Guid>(nullable: false),
                natural_key = table.Column<string>(maxLength: 64, nullable: false),
                name = table.Column<string>(maxLength: 300, nullable: false),
                country = table.Column<string>(maxLength: 2, nullable: false),
                city = table.Column<string>(maxLength: 200, nullable: false),
                seen_sending = table.Column<bool>(nullable: false),
                seen_receiving = table.Column<bool>(nullable: false),
            },
            constraints: table => table.PrimaryKey("pk_open_data_organisations", x => x.id));
        migrationBuilder.CreateIndex(
            name: "ix_open_data_organisations_natural_key", schema: Schema, table: "open_data_organisations", column: "natural_key", unique: true);

        migrationBuilder.CreateTable(
            name: "open_data_participants",
            schema: Schema,
            columns: table => new
            {
                id = table.Column<Guid>(nullable: false),
                nationality = table.Column<string>(maxLength: 2, nullable: true),
                gender = table.Column<string>(maxLength: 20, nullable: false),
                age = table.Column<int>(nullable: false),
                profile = table.Column<string>(maxLength: 20, nullable: false),
                special_needs = table.Column<bool>(nullable: false),
                fewer_opportunities = table.Column<bool>(nullable: false),
                group_leader = table.Column<bool>(nullable: false),
            },
            constraints: table => table.PrimaryKey("pk_open_data_participants", x => x.id));

        CreateMobilities(migrationBuilder);
    }

    private static void CreateMobilities(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "open_data_mobilities",
            schema: Schema,
            columns: table => new
            {
                id = table.Column<Guid>(nullable: false),
                natural_key = table.Column<string>(maxLength: 100, nullable: false),
                project_reference = table.Column<string>(maxLength: 50, nullable: false),
                key_action = table.Column<string>(maxLength: 10, nullable: false),
                academic_year = table.Column<string>(maxLength: 9, nullable: false),
                start_month = table.Column<DateOnly>(nullable: false),
                end_month = table.Column<DateOnly>(nullable: false),
                duration_days = table.Column<int>(nullable: false),
                activity = table.Column<string>(maxLength: 200, nullable: false),
                participants = table.Column<int>(nullable: true),
                field_of_education = table.Column<string>(maxLength: 200, nullable: true),
                education_level = table.Column<string>(maxLength: 200, nullable: true),
                sending_organisation_id = table.Column<Guid>(nullable: false),
                receiving_organisation_id = table.Column<Guid>(nullable: false),
                participant_id = table.Column<Guid>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("pk_open_data_mobilities", x => x.id);
                table.ForeignKey(
                    name: "fk_open_data_mobilities_sending_organisation", column: x => x.sending_organisation_id,
                    principalSchema: Schema, principalTable: "open_data_organisations", principalColumn: "id",
                    onDelete: ReferentialAction.Restrict);
                table.ForeignKey(
                    name: "fk_open_data_mobilities_receiving_organisation", column: x => x.receiving_organisation_id,
                    principalSchema: Schema, principalTable: "open_data_organisations", principalColumn: "id",
                    onDelete: ReferentialAction.Restrict);
                table.ForeignKey(
                    name: "fk_open_data_mobilities_participant", column: x => x.participant_id,
                    principalSchema: Schema, principalTable: "open_data_participants", principalColumn: "id",
                    onDelete: ReferentialAction.Restrict);
            });
        migrationBuilder.CreateIndex(
            name: "ix_open_data_mobilities_natural_key", schema: Schema, table: "open_data_mobilities", column: "natural_key", unique: true);
        migrationBuilder.CreateIndex(
            name: "ix_open_data_mobilities_participant_id", schema: Schema, table: "open_data_mobilities", column: "participant_id", unique: true);
        migrationBuilder.CreateIndex(
            name: "ix_open_data_mobilities_receiving_organisation_id", schema: Schema, table: "open_data_mobilities", column: "receiving_organisation_id");
        migrationBuilder.CreateIndex(
            name: "ix_open_data_mobilities_sending_organisation_id", schema: Schema, table: "open_data_mobilities", column: "sending_organisation_id");
    }
}
