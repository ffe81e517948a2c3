using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Mobility.BuildingBlocks.Persistence;

namespace Mobility.Enrolment.Data.Migrations;

/// <summary>The whole Enrolment schema; one partial file per capability so each stays reviewable.</summary>
[DbContext(typeof(EnrolmentDbContext))]
[Migration("202611220001_Initial")]
internal sealed partial class M0001_Initial : Migration
{
    private const string Schema = EnrolmentModule.SchemaName;

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        MessagingTables.Create(migrationBuilder, Schema);
        CreateOrganisationsAndConsortia(migrationBuilder);
        CreatePeerTutoring(migrationBuilder);
        CreateQualifications(migrationBuilder);
        CreateLearners(migrationBuilder);
        CreateStaff(migrationBuilder);
        CreateCalls(migrationBuilder);
        CreateApplications(migrationBuilder);
    }
}
