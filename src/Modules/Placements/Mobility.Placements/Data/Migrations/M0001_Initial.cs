using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Mobility.BuildingBlocks.Persistence;

namespace Mobility.Placements.Data.Migrations;

/// <summary>The whole Placements schema; one partial file per capability so each stays reviewable.</summary>
[DbContext(typeof(PlacementsDbContext))]
[Migration("202611230001_Initial")]
internal sealed partial class M0001_Initial : Migration
{
    private const string Schema = PlacementsModule.SchemaName;

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        MessagingTables.Create(migrationBuilder, Schema);
        CreateHostsAndSendingCompanies(migrationBuilder);
        CreateSelectedLearners(migrationBuilder);
        CreatePlacementGroups(migrationBuilder);
        CreatePlacements(migrationBuilder);
        CreateLearningAgreements(migrationBuilder);
        CreateFollowUps(migrationBuilder);
        CreateGrants(migrationBuilder);
    }
}
